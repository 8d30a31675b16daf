package io.cdpkit.cdp.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.cdpkit.cdp.protocol.runtime.CallArgument;
import io.cdpkit.cdp.protocol.runtime.RemoteObject;
import io.cdpkit.cdp.protocol.runtime.RemoteObjectSubtype;
import io.cdpkit.cdp.protocol.runtime.RemoteObjectType;
import io.cdpkit.cdp.protocol.runtime.UnserializableValue;
import java.math.BigInteger;

/**
 * Converts between Java values and the protocol's JavaScript values: call arguments out
 * ({@link CallArgument}), results in ({@link RemoteObject} to JSON).
 */
public final class RemoteValues {

    private RemoteValues() {
    }

    /**
     * {@code value} as a call argument: serialized to JSON with the protocol mapper; Java null
     * becomes JavaScript {@code null}; NaN and the infinities, which JSON cannot carry, are sent
     * as unserializable values.
     *
     * @throws IllegalArgumentException if Jackson cannot serialize {@code value}
     */
    public static CallArgument argument(Object value) {
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (Double.isNaN(number) || Double.isInfinite(number)) {
                return CallArgument.of().withUnserializableValue(UnserializableValue.of(String.valueOf(number)));
            }
        }
        JsonNode json = value == null ? NullNode.instance : WireJson.mapper().valueToTree(value);
        return CallArgument.of().withValue(json);
    }

    /** True if {@code object} is {@code undefined}. */
    public static boolean isUndefined(RemoteObject object) {
        return object == null || RemoteObjectType.UNDEFINED.equals(object.type());
    }

    /** True if {@code object} is {@code null} or {@code undefined}. */
    public static boolean isNullish(RemoteObject object) {
        return isUndefined(object) || RemoteObjectSubtype.NULL.equals(object.subtype());
    }

    /**
     * The JSON form of a value returned by value: {@code undefined} and {@code null} become
     * {@link NullNode}; NaN, the infinities and {@code -0} become doubles and BigInts big
     * integers; a value the browser could only describe (e.g. a symbol) becomes its description.
     */
    public static JsonNode toJson(RemoteObject object) {
        if (isNullish(object)) {
            return NullNode.instance;
        }
        if (object.unserializableValue() != null) {
            return unserializable(object.unserializableValue().value());
        }
        if (object.value() != null) {
            return object.value();
        }
        return object.description() == null ? NullNode.instance : TextNode.valueOf(object.description());
    }

    private static JsonNode unserializable(String value) {
        switch (value) {
            case "NaN":
                return DoubleNode.valueOf(Double.NaN);
            case "Infinity":
                return DoubleNode.valueOf(Double.POSITIVE_INFINITY);
            case "-Infinity":
                return DoubleNode.valueOf(Double.NEGATIVE_INFINITY);
            case "-0":
                return DoubleNode.valueOf(-0.0);
            default:
                if (value.endsWith("n")) {
                    return BigIntegerNode.valueOf(new BigInteger(value.substring(0, value.length() - 1)));
                }
                return TextNode.valueOf(value);
        }
    }
}
