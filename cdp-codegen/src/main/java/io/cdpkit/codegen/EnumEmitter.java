package io.cdpkit.codegen;

import io.cdpkit.codegen.Schema.Flags;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Emits an open string enum: a final class with one constant per known value, {@code of(String)}
 * that accepts any value (so a newer browser's value decodes and is sent back unchanged),
 * {@code value()}, {@code isKnown()} and equality on the value (from {@code OpenEnum}).
 */
final class EnumEmitter {

    private EnumEmitter() {
    }

    static GeneratedFile emit(DomainScope scope, String className, Javadoc doc, Flags flags, List<String> values) {
        JavaFile file = scope.newFile(className);
        JavaType self = scope.local(className, flags.deprecated());
        String selfName = file.ref(self);
        String registryType = file.ref(JavaType.OPEN_ENUM) + ".Values<" + selfName + ">";
        doc.paragraph("An open enum: besides the constants below it holds any other value a browser sends, "
                + "which {@link #isKnown()} tells apart and which is sent back unchanged.");
        List<String> annotations = RecordWriter.flagAnnotations(file, flags);
        file.declare(doc, annotations, flags.deprecated(),
                List.of("public final class " + className + " extends " + file.ref(JavaType.OPEN_ENUM) + " {"));

        file.line("private static final " + registryType + " registry = new " + file.ref(JavaType.OPEN_ENUM)
                + ".Values<>(" + selfName + "::new);");
        Set<String> constants = new HashSet<>();
        for (String value : values) {
            file.blank();
            file.doc(Javadoc.describe("", "The value <code>" + Javadoc.text(value) + "</code>."));
            file.line("public static final " + selfName + " " + constantName(value, constants) + " = registry.known("
                    + JavaFile.literal(value) + ");");
        }
        file.blank();
        file.open("private " + className + "(" + file.ref(JavaType.STRING) + " value, boolean known)");
        file.line("super(value, known);");
        file.close();
        file.blank();
        file.doc(Javadoc.describe("", "Returns the constant for a known value, or a new instance holding an unknown one.")
                .param("value", "the value as sent on the wire")
                .returns("the enum value, never null")
                .tag("throws", "NullPointerException if <code>value</code> is null"));
        file.line(file.annotation(JavaType.JSON_CREATOR) + "(mode = " + file.ref(JavaType.JSON_CREATOR)
                + ".Mode.DELEGATING)");
        file.open("public static " + selfName + " of(" + file.ref(JavaType.STRING) + " value)");
        file.line("return registry.of(value);");
        file.close();
        file.blank();
        file.doc(Javadoc.describe("", "The values this version of the bindings knows, in schema order.")
                .returns("an unmodifiable list of the constants"));
        file.open("public static " + file.ref(JavaType.LIST.withArguments(self)) + " knownValues()");
        file.line("return registry.knownValues();");
        file.close();
        return file.toFile();
    }

    /** The constant name of a value, numbered when two values map to the same name. */
    private static String constantName(String value, Set<String> taken) {
        String base = Names.constantName(value);
        String name = base;
        for (int n = 2; !taken.add(name); n++) {
            name = base + "_" + n;
        }
        return name;
    }
}
