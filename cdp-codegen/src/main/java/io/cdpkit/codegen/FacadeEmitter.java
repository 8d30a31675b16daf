package io.cdpkit.codegen;

import io.cdpkit.codegen.Schema.Command;
import io.cdpkit.codegen.Schema.Domain;
import java.util.List;

/**
 * Emits a domain's facade, e.g. {@code PageDomain}: one static factory per command that takes
 * the command's required parameters.
 */
final class FacadeEmitter {

    private FacadeEmitter() {
    }

    static GeneratedFile emit(DomainScope scope) {
        Domain domain = scope.domain();
        String className = scope.names().facade(domain.name());
        JavaFile file = scope.newFile(className);
        Javadoc doc = Javadoc.describe("", "Commands of the DevTools <code>" + domain.name() + "</code> domain. "
                        + "Each method creates a command value to send with a session; optional parameters are "
                        + "set with the command's <code>with</code> methods.");
        if (!domain.description().isBlank()) {
            doc.paragraph(Javadoc.text(domain.description().strip()));
        }
        doc.flags(domain.flags());
        file.declare(doc, RecordWriter.flagAnnotations(file, domain.flags()), domain.flags().deprecated(),
                List.of("public final class " + className + " {"));
        file.open("private " + className + "()");
        file.close();
        for (Command command : domain.commands()) {
            factory(scope, file, command);
        }
        return file.toFile();
    }

    private static void factory(DomainScope scope, JavaFile file, Command command) {
        String type = file.ref(scope.local(scope.names().command(scope.domain().name(), command.name()),
                command.flags().deprecated()));
        Javadoc doc = Javadoc.describe(command.description(),
                "Creates the <code>" + scope.wireName(command.name()) + "</code> command.").flags(command.flags())
                .returns("the command; set optional parameters with its <code>with</code> methods");
        RecordWriter.requiredFactory(file, type, CommandEmitter.factoryName(command),
                CommandEmitter.fields(scope, command), doc, RecordWriter.flagAnnotations(file, command.flags()));
    }
}
