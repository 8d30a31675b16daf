package io.cdpkit.codegen;

import io.cdpkit.codegen.Schema.EnumOf;
import io.cdpkit.codegen.Schema.ObjectOf;
import io.cdpkit.codegen.Schema.Scalar;
import io.cdpkit.codegen.Schema.ScalarKind;
import io.cdpkit.codegen.Schema.TypeDef;
import java.util.List;
import java.util.Set;

/**
 * Emits a named schema type: an object type becomes a record with a factory for its required
 * fields and {@code withX} methods for optional ones; a string enum becomes an open enum; every
 * other type (string, integer, number, array, raw object, ...) becomes a one-field value record
 * that is written and read as the bare JSON value; a raw object can also be built from a map.
 */
final class TypeEmitter {

    /** Object records have a static {@code of(...)} factory. */
    private static final Set<String> RESERVED = Set.of("of");

    private TypeEmitter() {
    }

    static GeneratedFile emit(DomainScope scope, TypeDef type) {
        String className = scope.names().type(scope.domain().name(), type.id());
        Javadoc doc = Javadoc.describe(type.description(),
                "The <code>" + Javadoc.text(scope.wireName(type.id())) + "</code> type.").flags(type.flags());
        if (type.shape() instanceof EnumOf enumOf) {
            return EnumEmitter.emit(scope, className, doc, type.flags(), enumOf.values());
        }
        if (type.shape() instanceof ObjectOf object) {
            return objectRecord(scope, type, className, doc, object);
        }
        return valueRecord(scope, type, className, doc);
    }

    private static GeneratedFile objectRecord(DomainScope scope, TypeDef type, String className, Javadoc doc,
                                              ObjectOf object) {
        JavaFile file = scope.newFile(className);
        List<Field> fields = scope.fields("type " + type.id(), object.properties(), RESERVED);
        RecordWriter record = new RecordWriter(file, className, fields);
        record.declare(doc, type.flags(), null);
        record.standardMembers(null);
        RecordWriter.requiredFactory(file, className, "of", fields,
                Javadoc.describe("", "Creates a value from its required fields.")
                        .returns("the new value; set optional fields with its <code>with</code> methods"), List.of());
        record.withers();
        return file.toFile();
    }

    private static GeneratedFile valueRecord(DomainScope scope, TypeDef type, String className, Javadoc doc) {
        JavaFile file = scope.newFile(className);
        JavaType wrapped = scope.map(type.shape(), "type " + type.id());
        String wrappedName = file.ref(wrapped);
        doc.param("value", "the value as sent on the wire" + (wrapped.isPrimitive() ? "" : ", never null"));
        file.declare(doc, RecordWriter.flagAnnotations(file, type.flags()), type.flags().deprecated(),
                List.of("public record " + className + "(" + wrappedName + " value) {"));
        if (!wrapped.isPrimitive()) {
            file.doc(Javadoc.describe("", "Creates the value" + (wrapped.isList() ? "; the list is copied." : "."))
                    .param("value", "the value as sent on the wire")
                    .tag("throws", "NullPointerException if <code>value</code> is null"));
            file.open("public " + className);
            file.line(file.ref(JavaType.OBJECTS) + ".requireNonNull(value, \"value\");");
            if (wrapped.isList()) {
                file.line("value = " + file.ref(JavaType.PROTOCOL_VALUES) + ".copyOf(value);");
            }
            file.close();
            file.blank();
        }
        file.doc(Javadoc.describe("", "Wraps a wire value.")
                .param("value", "the value as sent on the wire")
                .returns("the wrapped value"));
        file.line(file.annotation(JavaType.JSON_CREATOR) + "(mode = " + file.ref(JavaType.JSON_CREATOR)
                + ".Mode.DELEGATING)");
        file.open("public static " + className + " of(" + wrappedName + " value)");
        file.line("return new " + className + "(value);");
        file.close();
        if (type.shape().equals(new Scalar(ScalarKind.RAW_OBJECT))) {
            mapFactory(file, className);
        }
        file.blank();
        file.doc(Javadoc.describe("", "The value as sent on the wire.").returns("the wrapped value"));
        file.line(file.annotation(JavaType.JSON_VALUE));
        file.line(file.annotation(JavaType.OVERRIDE));
        file.open("public " + wrappedName + " value()");
        file.line("return value;");
        file.close();
        return file.toFile();
    }

    /** A raw JSON object can also be built from a map, e.g. {@code Headers.of(Map.of("X-Test", "1"))}. */
    private static void mapFactory(JavaFile file, String className) {
        file.blank();
        file.doc(Javadoc.describe("", "Creates the value from a map, converted to JSON the way the protocol "
                        + "mapper converts any value.")
                .param("fields", "the object's fields")
                .returns("the wrapped object"));
        file.open("public static " + className + " of(" + file.ref(JavaType.MAP) + "<" + file.ref(JavaType.STRING)
                + ", ?> fields)");
        file.line("return new " + className + "(" + file.ref(JavaType.PROTOCOL_JSON) + ".mapper().valueToTree("
                + file.ref(JavaType.OBJECTS) + ".requireNonNull(fields, \"fields\")));");
        file.close();
    }
}
