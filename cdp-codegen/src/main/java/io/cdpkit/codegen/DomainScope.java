package io.cdpkit.codegen;

import io.cdpkit.codegen.NameTable.EnumSite;
import io.cdpkit.codegen.Schema.Domain;
import io.cdpkit.codegen.Schema.Property;
import java.util.List;
import java.util.Set;

/** What every emitter needs while generating one domain's package. */
final class DomainScope {

    private final Domain domain;
    private final String packageName;
    private final NameTable names;
    private final TypeMapper mapper;

    DomainScope(Domain domain, NameTable names, TypeMapper mapper) {
        this.domain = domain;
        this.packageName = Names.packageName(domain.name());
        this.names = names;
        this.mapper = mapper;
    }

    Domain domain() {
        return domain;
    }

    NameTable names() {
        return names;
    }

    /** A new source file for a class of this package. */
    JavaFile newFile(String className) {
        return new JavaFile(packageName, className, names.classesOf(domain.name()));
    }

    /** A class of this package. */
    JavaType local(String className, boolean deprecated) {
        JavaType type = JavaType.of(packageName, className);
        return deprecated ? type.asDeprecated() : type;
    }

    /** {@code Page.navigate}: the wire name of a command or event of this domain. */
    String wireName(String name) {
        return domain.name() + "." + name;
    }

    /** The Java type that holds a required value of {@code spec}, declared by {@code owner}. */
    JavaType map(Schema.TypeSpec spec, String owner) {
        return mapper.map(spec, new EnumSite(domain.name(), owner, ""), false);
    }

    /**
     * The fields of a record generated for {@code properties}.
     *
     * @param owner    the declaring item as the name table knows it, e.g. "command navigate"
     * @param reserved member names this kind of record already uses
     */
    List<Field> fields(String owner, List<Property> properties, Set<String> reserved) {
        return properties.stream()
                .map(property -> new Field(property, Names.memberName(property.name(), reserved),
                        mapper.map(property.type(), new EnumSite(domain.name(), owner, property.name()),
                                property.optional())))
                .toList();
    }
}
