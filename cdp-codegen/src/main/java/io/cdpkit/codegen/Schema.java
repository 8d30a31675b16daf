package io.cdpkit.codegen;

import java.util.List;
import java.util.Optional;

/**
 * The parsed DevTools protocol schema: a small, validated model of {@code /json/protocol}.
 *
 * <p>Every {@code $ref} in the model has been checked to point at a type that exists, so later
 * stages never meet a dangling reference.
 */
final class Schema {

    private Schema() {
    }

    /** The whole protocol: its version and its domains in schema order. */
    record Protocol(String version, List<Domain> domains) {

        /** Returns the type a reference points at (references are validated when read). */
        TypeDef resolve(Ref ref) {
            return domains.stream()
                    .filter(domain -> domain.name().equals(ref.domain()))
                    .flatMap(domain -> domain.types().stream())
                    .filter(type -> type.id().equals(ref.id()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("unresolved " + ref));
        }
    }

    /** Whether an item is marked experimental or deprecated in the schema. */
    record Flags(boolean experimental, boolean deprecated) {
        static final Flags NONE = new Flags(false, false);
    }

    /** One domain, e.g. {@code Page}, with its types, commands and events. */
    record Domain(String name, String description, Flags flags,
                  List<TypeDef> types, List<Command> commands, List<Event> events) {
    }

    /** A named type of a domain, e.g. {@code Page.FrameId}. */
    record TypeDef(String id, String description, Flags flags, TypeSpec shape) {
    }

    /** A command; {@code redirect} names the domain that really implements it, or is null. */
    record Command(String name, String description, Flags flags, String redirect,
                   List<Property> parameters, List<Property> returns) {
    }

    /** An event the browser sends. */
    record Event(String name, String description, Flags flags, List<Property> parameters) {
    }

    /** A named member: an object property, a command parameter or return value, an event field. */
    record Property(String name, String description, boolean optional, Flags flags, TypeSpec type) {
    }

    /** The shape of a value. */
    sealed interface TypeSpec permits Scalar, Ref, ArrayOf, EnumOf, ObjectOf {

        /** The string enum this spec declares inline, directly or as its array element type. */
        default Optional<EnumOf> inlineEnum() {
            if (this instanceof EnumOf enumOf) {
                return Optional.of(enumOf);
            }
            if (this instanceof ArrayOf arrayOf) {
                return arrayOf.items().inlineEnum();
            }
            return Optional.empty();
        }
    }

    /** The schema's primitive kinds; {@code RAW_OBJECT} is an object without declared properties. */
    enum ScalarKind { STRING, INTEGER, NUMBER, BOOLEAN, ANY, BINARY, RAW_OBJECT }

    /** A primitive value. */
    record Scalar(ScalarKind kind) implements TypeSpec {
    }

    /** A reference to a named type, always with its domain filled in. */
    record Ref(String domain, String id) implements TypeSpec {
        @Override
        public String toString() {
            return domain + "." + id;
        }
    }

    /** A JSON array. */
    record ArrayOf(TypeSpec items) implements TypeSpec {
    }

    /** A string restricted to known values (open: other values are still accepted). */
    record EnumOf(List<String> values) implements TypeSpec {
    }

    /** An object with declared properties; only named types have this shape. */
    record ObjectOf(List<Property> properties) implements TypeSpec {
    }
}
