package io.cdpkit.cdp.protocol;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Base of the generated string enums. They are open: besides the constants the bindings know,
 * an instance can hold any value a newer browser sends, so decoding never fails on an unknown
 * value and the raw value is sent back unchanged. Two instances of the same enum class are
 * equal when their values are.
 */
public abstract class OpenEnum {

    private final String value;
    private final boolean known;

    /**
     * Creates a value; generated subclasses do this through their {@link Values} registry.
     *
     * @param value the wire value
     * @param known whether it is one of the schema's values
     */
    protected OpenEnum(String value, boolean known) {
        this.value = Objects.requireNonNull(value, "value");
        this.known = known;
    }

    /**
     * The value as sent on the wire.
     *
     * @return the raw string, never null
     */
    @JsonValue
    public final String value() {
        return value;
    }

    /**
     * Whether the value is one the bindings were generated with.
     *
     * @return false for a value only a newer (or different) browser knows
     */
    public final boolean isKnown() {
        return known;
    }

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && value.equals(((OpenEnum) other).value);
    }

    @Override
    public final int hashCode() {
        return value.hashCode();
    }

    /** Returns the wire value. */
    @Override
    public final String toString() {
        return value;
    }

    /**
     * The known values of one enum class, registered while the class initializes; creates
     * instances for unknown values on demand.
     *
     * @param <E> the enum class
     */
    protected static final class Values<E extends OpenEnum> {

        private final BiFunction<String, Boolean, E> factory;
        private final Map<String, E> byValue = new HashMap<>();
        private final List<E> inOrder = new ArrayList<>();

        /**
         * Creates an empty registry.
         *
         * @param factory the enum class's constructor taking the value and whether it is known
         */
        public Values(BiFunction<String, Boolean, E> factory) {
            this.factory = factory;
        }

        /**
         * Registers a known value; called only from the enum class's static initializer.
         *
         * @param value the wire value
         * @return the constant
         */
        public E known(String value) {
            E constant = factory.apply(value, true);
            byValue.put(value, constant);
            inOrder.add(constant);
            return constant;
        }

        /**
         * The constant for a known value, or a new instance holding an unknown one.
         *
         * @param value the wire value
         * @return never null
         * @throws NullPointerException if {@code value} is null
         */
        public E of(String value) {
            E constant = byValue.get(Objects.requireNonNull(value, "value"));
            return constant != null ? constant : factory.apply(value, false);
        }

        /**
         * The known constants in schema order.
         *
         * @return an unmodifiable list
         */
        public List<E> knownValues() {
            return Collections.unmodifiableList(inOrder);
        }
    }
}
