package io.cdpkit.codegen;

import io.cdpkit.codegen.Schema.Command;
import io.cdpkit.codegen.Schema.Domain;
import io.cdpkit.codegen.Schema.Event;
import io.cdpkit.codegen.Schema.ObjectOf;
import io.cdpkit.codegen.Schema.Property;
import io.cdpkit.codegen.Schema.Protocol;
import io.cdpkit.codegen.Schema.TypeDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a protocol schema into Java sources. The output depends only on the schema: the same
 * input always gives byte-identical files, in the same order.
 */
public final class Generator {

    private Generator() {
    }

    /**
     * The result of a run.
     *
     * @param files   every generated file, sorted by path
     * @param renames notes on name clashes that were resolved by renaming a class
     */
    public record Generation(List<GeneratedFile> files, List<String> renames) {
    }

    /**
     * Generates the sources for a schema document.
     *
     * @param schemaJson the bytes of {@code /json/protocol} or a file of the same shape
     * @return the files to write
     * @throws SchemaException if the schema contains something the generator does not understand
     */
    public static Generation generate(byte[] schemaJson) {
        Protocol protocol = SchemaReader.read(schemaJson);
        NameTable names = NameTable.build(protocol);
        TypeMapper mapper = new TypeMapper(protocol, names);
        List<GeneratedFile> files = new ArrayList<>();
        for (Domain domain : protocol.domains()) {
            files.addAll(domainFiles(new DomainScope(domain, names, mapper)));
        }
        files.add(EventRegistryEmitter.emit(protocol, names));
        files.sort(Comparator.comparing(GeneratedFile::path));
        return new Generation(List.copyOf(files), names.renames());
    }

    private static List<GeneratedFile> domainFiles(DomainScope scope) {
        Domain domain = scope.domain();
        List<GeneratedFile> files = new ArrayList<>();
        for (TypeDef type : domain.types()) {
            files.add(TypeEmitter.emit(scope, type));
            if (type.shape() instanceof ObjectOf object) {
                files.addAll(inlineEnums(scope, "type " + type.id(), object.properties()));
            }
        }
        for (Command command : domain.commands()) {
            files.addAll(CommandEmitter.emit(scope, command));
            files.addAll(inlineEnums(scope, "command " + command.name(), command.parameters()));
            files.addAll(inlineEnums(scope, "result " + command.name(), command.returns()));
        }
        for (Event event : domain.events()) {
            files.add(EventEmitter.emit(scope, event));
            files.addAll(inlineEnums(scope, "event " + event.name(), event.parameters()));
        }
        files.add(FacadeEmitter.emit(scope));
        return files;
    }

    private static List<GeneratedFile> inlineEnums(DomainScope scope, String owner, List<Property> properties) {
        List<GeneratedFile> files = new ArrayList<>();
        for (Property property : properties) {
            property.type().inlineEnum().ifPresent(enumOf -> {
                String className = scope.names().inlineEnum(
                        new NameTable.EnumSite(scope.domain().name(), owner, property.name()));
                Javadoc doc = Javadoc.describe(property.description(), "Values of <code>"
                        + Javadoc.text(property.name()) + "</code>.");
                files.add(EnumEmitter.emit(scope, className, doc, Schema.Flags.NONE, enumOf.values()));
            });
        }
        return files;
    }
}
