package io.cdpkit.codegen;

import io.cdpkit.codegen.Schema.Flags;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the parts that every record made from schema properties shares: the declaration with
 * its components and Jackson annotations, the compact constructor, a factory taking the
 * required fields, and the {@code withX} methods for optional fields.
 */
final class RecordWriter {

    private final JavaFile file;
    private final String name;
    private final List<Field> fields;

    RecordWriter(JavaFile file, String name, List<Field> fields) {
        this.file = file;
        this.name = name;
        this.fields = fields;
    }

    /**
     * Declares the record.
     *
     * @param doc        the type's comment; {@code @param} tags for the fields are added here
     * @param implement  the {@code implements} clause without the keyword, or null
     */
    void declare(Javadoc doc, Flags flags, String implement) {
        fields.forEach(field -> doc.param(field.javaName(), field.docText()));
        List<String> annotations = new ArrayList<>();
        annotations.add(file.annotation(JavaType.JSON_INCLUDE) + "(" + file.ref(JavaType.JSON_INCLUDE)
                + ".Include.NON_NULL)");
        annotations.add(file.annotation(JavaType.JSON_IGNORE_PROPERTIES) + "(ignoreUnknown = true)");
        annotations.addAll(flagAnnotations(file, flags));
        String tail = ")" + (implement == null ? "" : " implements " + implement) + " {";
        List<String> lines = new ArrayList<>();
        if (fields.isEmpty()) {
            lines.add("public record " + name + "(" + tail);
        } else {
            lines.add("public record " + name + "(");
            for (int i = 0; i < fields.size(); i++) {
                lines.add("        " + component(fields.get(i)) + (i + 1 < fields.size() ? "," : tail));
            }
        }
        file.declare(doc, annotations, flags.deprecated(), lines);
    }

    private String component(Field field) {
        List<String> parts = new ArrayList<>();
        if (!field.javaName().equals(field.jsonName())) {
            parts.add(file.annotation(JavaType.JSON_PROPERTY) + "(" + JavaFile.literal(field.jsonName()) + ")");
        }
        if (field.property().flags().experimental()) {
            parts.add(file.annotation(JavaType.EXPERIMENTAL));
        }
        parts.add(file.ref(field.type()) + " " + field.javaName());
        return String.join(" ", parts);
    }

    /** {@code @Experimental} and {@code @Deprecated} as the flags require. */
    static List<String> flagAnnotations(JavaFile file, Flags flags) {
        List<String> annotations = new ArrayList<>();
        if (flags.experimental()) {
            annotations.add(file.annotation(JavaType.EXPERIMENTAL));
        }
        if (flags.deprecated()) {
            annotations.add(file.annotation(JavaType.DEPRECATED));
        }
        return annotations;
    }

    /**
     * Writes the members every such record has: the compact constructor (see
     * {@link #compactConstructor}) and a {@code @Deprecated} accessor for each deprecated field
     * (on the component itself the annotation would also reach the constructor parameter,
     * where javac warns that it has no effect).
     */
    void standardMembers(String checkedOwner) {
        compactConstructor(checkedOwner);
        for (Field field : fields) {
            if (field.property().flags().deprecated()) {
                file.blank();
                file.doc(Javadoc.describe("", "The <code>" + Javadoc.text(field.jsonName()) + "</code> value.")
                        .returns(field.docText())
                        .tag("deprecated", "deprecated in the DevTools protocol."));
                file.line(file.annotation(JavaType.DEPRECATED));
                file.line(file.annotation(JavaType.OVERRIDE));
                file.open("public " + file.ref(field.type()) + " " + field.javaName() + "()");
                file.line("return " + field.javaName() + ";");
                file.close();
            }
        }
    }

    /**
     * Writes a compact constructor that copies lists into unmodifiable ones and, when
     * {@code checkedOwner} is not null, rejects null required values with a message naming it.
     */
    private void compactConstructor(String checkedOwner) {
        List<String> statements = new ArrayList<>();
        for (Field field : fields) {
            if (checkedOwner != null && field.requiredReference()) {
                statements.add(file.ref(JavaType.OBJECTS) + ".requireNonNull(" + field.javaName() + ", "
                        + JavaFile.literal(checkedOwner + ": required parameter '" + field.jsonName() + "' is null")
                        + ");");
            }
            if (field.type().isList()) {
                statements.add(field.javaName() + " = " + file.ref(JavaType.PROTOCOL_VALUES) + ".copyOf("
                        + field.javaName() + ");");
            }
        }
        if (statements.isEmpty()) {
            return;
        }
        boolean copiesLists = fields.stream().anyMatch(field -> field.type().isList());
        Javadoc doc = Javadoc.describe("", (checkedOwner == null ? "Creates the record" : "Creates the command")
                + (copiesLists ? "; lists are copied into unmodifiable lists." : "."));
        fields.forEach(field -> doc.param(field.javaName(), field.docText()));
        if (checkedOwner != null) {
            doc.tag("throws", "NullPointerException if a required parameter is null");
        }
        file.blank();
        file.doc(doc);
        file.open("public " + name);
        statements.forEach(file::line);
        file.close();
    }

    /**
     * Writes a static factory that takes the required fields in schema order and leaves the
     * optional ones null.
     *
     * @param typeText the record's name as {@code file} refers to it
     * @param doc      the method's comment, with its {@code @return} tag; {@code @param} tags are added here
     */
    static void requiredFactory(JavaFile file, String typeText, String methodName, List<Field> fields, Javadoc doc,
                                List<String> annotations) {
        List<Field> required = fields.stream().filter(field -> !field.optional()).toList();
        required.forEach(field -> doc.param(field.javaName(), field.docText()));
        file.blank();
        file.doc(doc);
        annotations.forEach(file::line);
        file.open("public static " + typeText + " " + methodName + "(" + required.stream()
                .map(field -> file.ref(field.type()) + " " + field.javaName())
                .collect(Collectors.joining(", ")) + ")");
        file.line("return new " + typeText + "(" + fields.stream()
                .map(field -> field.optional() ? "null" : field.javaName())
                .collect(Collectors.joining(", ")) + ");");
        file.close();
    }

    /** Writes a {@code withX} method returning a copy for each optional field. */
    void withers() {
        for (Field field : fields) {
            if (!field.optional()) {
                continue;
            }
            file.blank();
            file.doc(Javadoc.describe("", "Returns a copy with <code>" + Javadoc.text(field.jsonName())
                            + "</code> set; <code>null</code> leaves it out of the message.")
                    .param(field.javaName(), field.docText())
                    .returns("the copy"));
            flagAnnotations(file, field.property().flags()).forEach(file::line);
            file.open("public " + name + " " + Names.witherName(field.jsonName()) + "(" + file.ref(field.type())
                    + " " + field.javaName() + ")");
            file.line("return new " + name + "(" + fields.stream().map(Field::javaName)
                    .collect(Collectors.joining(", ")) + ");");
            file.close();
        }
    }
}
