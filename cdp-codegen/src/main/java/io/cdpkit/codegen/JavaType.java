package io.cdpkit.codegen;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A Java type as generated code refers to it: package, simple name, type arguments, and whether
 * it is deprecated (so files using it can suppress deprecation warnings).
 */
record JavaType(String packageName, String simpleName, List<JavaType> typeArguments, boolean deprecated) {

    static final JavaType BOOLEAN = primitive("boolean");
    static final JavaType INT = primitive("int");
    static final JavaType DOUBLE = primitive("double");
    static final JavaType STRING = of("java.lang", "String");
    static final JavaType CLASS = of("java.lang", "Class");
    static final JavaType DEPRECATED = of("java.lang", "Deprecated");
    static final JavaType OVERRIDE = of("java.lang", "Override");
    static final JavaType SUPPRESS_WARNINGS = of("java.lang", "SuppressWarnings");
    static final JavaType LIST = of("java.util", "List");
    static final JavaType MAP = of("java.util", "Map");
    static final JavaType OBJECTS = of("java.util", "Objects");

    static final JavaType JSON_NODE = of("com.fasterxml.jackson.databind", "JsonNode");
    static final JavaType JSON_CREATOR = of("com.fasterxml.jackson.annotation", "JsonCreator");
    static final JavaType JSON_VALUE = of("com.fasterxml.jackson.annotation", "JsonValue");
    static final JavaType JSON_PROPERTY = of("com.fasterxml.jackson.annotation", "JsonProperty");
    static final JavaType JSON_INCLUDE = of("com.fasterxml.jackson.annotation", "JsonInclude");
    static final JavaType JSON_IGNORE_PROPERTIES = of("com.fasterxml.jackson.annotation", "JsonIgnoreProperties");

    static final JavaType BINARY = of(Names.ROOT_PACKAGE, "Binary");
    static final JavaType COMMAND = of(Names.ROOT_PACKAGE, "Command");
    static final JavaType EVENT_TYPE = of(Names.ROOT_PACKAGE, "EventType");
    static final JavaType EXPERIMENTAL = of(Names.ROOT_PACKAGE, "Experimental");
    static final JavaType OPEN_ENUM = of(Names.ROOT_PACKAGE, "OpenEnum");
    static final JavaType PROTOCOL_JSON = of(Names.ROOT_PACKAGE, "ProtocolJson");
    static final JavaType PROTOCOL_VALUES = of(Names.ROOT_PACKAGE, "ProtocolValues");

    JavaType {
        typeArguments = List.copyOf(typeArguments);
    }

    static JavaType of(String packageName, String simpleName) {
        return new JavaType(packageName, simpleName, List.of(), false);
    }

    private static JavaType primitive(String name) {
        return of("", name);
    }

    /** This type with the given type arguments, e.g. {@code List.withArguments(STRING)}. */
    JavaType withArguments(JavaType... arguments) {
        return new JavaType(packageName, simpleName, List.of(arguments), deprecated);
    }

    /** This type marked deprecated. */
    JavaType asDeprecated() {
        return new JavaType(packageName, simpleName, typeArguments, true);
    }

    boolean isPrimitive() {
        return packageName.isEmpty();
    }

    boolean isList() {
        return packageName.equals(LIST.packageName) && simpleName.equals(LIST.simpleName);
    }

    /** The wrapper class of a primitive; other types unchanged. */
    JavaType boxed() {
        return switch (simpleName) {
            case "boolean" -> isPrimitive() ? of("java.lang", "Boolean") : this;
            case "int" -> isPrimitive() ? of("java.lang", "Integer") : this;
            case "double" -> isPrimitive() ? of("java.lang", "Double") : this;
            default -> this;
        };
    }

    String qualifiedName() {
        return isPrimitive() ? simpleName : packageName + "." + simpleName;
    }

    @Override
    public String toString() {
        return typeArguments.isEmpty() ? qualifiedName()
                : qualifiedName() + typeArguments.stream().map(JavaType::toString)
                .collect(Collectors.joining(", ", "<", ">"));
    }
}
