package io.cdpkit.codegen;

import io.cdpkit.codegen.Schema.Command;
import java.util.List;
import java.util.Set;

/**
 * Emits a command as two records: the command itself, an immutable value that implements
 * {@code Command<R>} and serializes to the JSON-RPC {@code params} object, and its result
 * (an empty record when the command returns nothing).
 */
final class CommandEmitter {

    /** Members every command already has. */
    static final Set<String> RESERVED = Set.of("method", "resultType", "METHOD");

    private CommandEmitter() {
    }

    static List<GeneratedFile> emit(DomainScope scope, Command command) {
        return List.of(commandRecord(scope, command), resultRecord(scope, command));
    }

    /** The command's fields, shared with the facade's factory method. */
    static List<Field> fields(DomainScope scope, Command command) {
        return scope.fields("command " + command.name(), command.parameters(), RESERVED);
    }

    /** The name of the command's factory method in the domain facade. */
    static String factoryName(Command command) {
        return Names.memberName(command.name(), Set.of());
    }

    private static GeneratedFile commandRecord(DomainScope scope, Command command) {
        String domain = scope.domain().name();
        String className = scope.names().command(domain, command.name());
        String wireName = scope.wireName(command.name());
        JavaFile file = scope.newFile(className);
        String result = file.ref(scope.local(scope.names().result(domain, command.name()), command.flags().deprecated()));
        Javadoc doc = Javadoc.describe(command.description(), "The <code>" + wireName + "</code> command.")
                .paragraph("Sent as <code>" + wireName + "</code>; the browser answers with {@link " + result + "}."
                        + " Create it with {@link " + file.ref(scope.local(scope.names().facade(domain), false)) + "#"
                        + factoryName(command) + "}.")
                .flags(command.flags());
        if (command.redirect() != null) {
            doc.paragraph("The browser handles it in the <code>" + Javadoc.text(command.redirect()) + "</code> domain.");
        }
        List<Field> fields = fields(scope, command);
        RecordWriter record = new RecordWriter(file, className, fields);
        record.declare(doc, command.flags(), file.ref(JavaType.COMMAND) + "<" + result + ">");

        file.doc(Javadoc.describe("", "The method name on the wire."));
        file.line("public static final " + file.ref(JavaType.STRING) + " METHOD = " + JavaFile.literal(wireName) + ";");
        record.standardMembers(wireName);
        file.blank();
        file.line(file.annotation(JavaType.OVERRIDE));
        file.open("public " + file.ref(JavaType.STRING) + " method()");
        file.line("return METHOD;");
        file.close();
        file.blank();
        file.line(file.annotation(JavaType.OVERRIDE));
        file.open("public " + file.ref(JavaType.CLASS) + "<" + result + "> resultType()");
        file.line("return " + result + ".class;");
        file.close();
        record.withers();
        return file.toFile();
    }

    private static GeneratedFile resultRecord(DomainScope scope, Command command) {
        String domain = scope.domain().name();
        String className = scope.names().result(domain, command.name());
        JavaFile file = scope.newFile(className);
        String commandClass = file.ref(scope.local(scope.names().command(domain, command.name()),
                command.flags().deprecated()));
        Javadoc doc = Javadoc.describe("", "What the browser answers to {@link " + commandClass + "}"
                + (command.returns().isEmpty() ? ": nothing, so this record is empty." : "."))
                .flags(command.flags());
        List<Field> fields = scope.fields("result " + command.name(), command.returns(), Set.of());
        RecordWriter record = new RecordWriter(file, className, fields);
        record.declare(doc, command.flags(), null);
        record.standardMembers(null);
        return file.toFile();
    }
}
