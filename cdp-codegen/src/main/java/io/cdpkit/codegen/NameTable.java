package io.cdpkit.codegen;

import io.cdpkit.codegen.Schema.Command;
import io.cdpkit.codegen.Schema.Domain;
import io.cdpkit.codegen.Schema.Event;
import io.cdpkit.codegen.Schema.Property;
import io.cdpkit.codegen.Schema.Protocol;
import io.cdpkit.codegen.Schema.TypeDef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Java class name of every generated item. Names are claimed per package in a fixed order
 * (types, domain facade, commands, results, events, inline enums), so types always keep their
 * schema names; a later item whose name is taken, compared case-insensitively so that sources
 * also work on case-insensitive file systems, gets a suffix ({@code Command}, {@code Result},
 * {@code Event}, {@code Enum}, then a number). Every such rename is recorded.
 */
final class NameTable {

    /** An inline enum: the item that declares it (e.g. "command captureScreenshot") and the member. */
    record EnumSite(String domain, String owner, String member) {
    }

    private final Map<String, String> classNames = new HashMap<>();
    private final Map<EnumSite, String> enumNames = new HashMap<>();
    private final Map<String, Set<String>> namesByDomain = new HashMap<>();
    private final List<String> renames = new ArrayList<>();

    private NameTable() {
    }

    /** Names every item of the protocol. */
    static NameTable build(Protocol protocol) {
        NameTable table = new NameTable();
        for (Domain domain : protocol.domains()) {
            table.nameDomain(domain);
        }
        return table;
    }

    private void nameDomain(Domain domain) {
        String d = domain.name();
        PackageNames names = new PackageNames(d);
        for (TypeDef type : domain.types()) {
            classNames.put(key("type", d, type.id()), names.claim(Names.className(type.id()), "Type"));
        }
        classNames.put(key("facade", d, ""), names.claim(Names.facadeName(d), "Facade"));
        for (Command command : domain.commands()) {
            String commandClass = names.claim(Names.className(command.name()), "Command");
            classNames.put(key("command", d, command.name()), commandClass);
            classNames.put(key("result", d, command.name()), names.claim(commandClass + "Result", "Result"));
        }
        for (Event event : domain.events()) {
            classNames.put(key("event", d, event.name()), names.claim(Names.className(event.name()), "Event"));
        }
        for (TypeDef type : domain.types()) {
            if (type.shape() instanceof Schema.ObjectOf object) {
                nameEnums(names, "type " + type.id(), type(d, type.id()), object.properties());
            }
        }
        for (Command command : domain.commands()) {
            nameEnums(names, "command " + command.name(), command(d, command.name()), command.parameters());
            nameEnums(names, "result " + command.name(), command(d, command.name()), command.returns());
        }
        for (Event event : domain.events()) {
            nameEnums(names, "event " + event.name(), event(d, event.name()), event.parameters());
        }
        namesByDomain.put(d, Collections.unmodifiableSet(names.all));
    }

    private void nameEnums(PackageNames names, String owner, String ownerClass, List<Property> properties) {
        for (Property property : properties) {
            if (property.type().inlineEnum().isPresent()) {
                String preferred = ownerClass + Names.capitalize(Names.identifier(property.name()));
                enumNames.put(new EnumSite(names.domain, owner, property.name()), names.claim(preferred, "Enum"));
            }
        }
    }

    String facade(String domain) {
        return lookup(key("facade", domain, ""));
    }

    String type(String domain, String id) {
        return lookup(key("type", domain, id));
    }

    String command(String domain, String name) {
        return lookup(key("command", domain, name));
    }

    String result(String domain, String name) {
        return lookup(key("result", domain, name));
    }

    String event(String domain, String name) {
        return lookup(key("event", domain, name));
    }

    String inlineEnum(EnumSite site) {
        String name = enumNames.get(site);
        if (name == null) {
            throw new IllegalStateException("no inline enum named for " + site);
        }
        return name;
    }

    /** Every class name generated into the domain's package. */
    Set<String> classesOf(String domain) {
        return namesByDomain.getOrDefault(domain, Set.of());
    }

    /** Human-readable notes of every clash that was resolved by renaming, in generation order. */
    List<String> renames() {
        return List.copyOf(renames);
    }

    private String lookup(String key) {
        String name = classNames.get(key);
        if (name == null) {
            throw new IllegalStateException("no class named for " + key);
        }
        return name;
    }

    private static String key(String kind, String domain, String name) {
        return kind + " " + domain + "." + name;
    }

    /** The class names already claimed in one domain package. */
    private final class PackageNames {
        private final String domain;
        private final Set<String> all = new LinkedHashSet<>();
        private final Set<String> folded = new HashSet<>();

        PackageNames(String domain) {
            this.domain = domain;
        }

        String claim(String preferred, String suffix) {
            String name = preferred;
            for (int attempt = 1; !folded.add(name.toLowerCase(Locale.ROOT)); attempt++) {
                name = preferred + suffix + (attempt == 1 ? "" : String.valueOf(attempt));
            }
            if (!name.equals(preferred)) {
                renames.add(domain + ": " + preferred + " is taken, generated as " + name);
            }
            all.add(name);
            return name;
        }
    }
}
