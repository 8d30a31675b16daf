package io.cdpkit.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cdpkit.codegen.Schema.ArrayOf;
import io.cdpkit.codegen.Schema.Command;
import io.cdpkit.codegen.Schema.Domain;
import io.cdpkit.codegen.Schema.EnumOf;
import io.cdpkit.codegen.Schema.Event;
import io.cdpkit.codegen.Schema.Flags;
import io.cdpkit.codegen.Schema.ObjectOf;
import io.cdpkit.codegen.Schema.Property;
import io.cdpkit.codegen.Schema.Protocol;
import io.cdpkit.codegen.Schema.Ref;
import io.cdpkit.codegen.Schema.Scalar;
import io.cdpkit.codegen.Schema.ScalarKind;
import io.cdpkit.codegen.Schema.TypeDef;
import io.cdpkit.codegen.Schema.TypeSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the JSON of {@code /json/protocol} (or {@code browser_protocol.json}) into a
 * {@link Protocol}, rejecting anything it does not understand with a {@link SchemaException}
 * that names the domain and item.
 */
final class SchemaReader {

    private static final Map<String, ScalarKind> SCALARS = Map.of(
            "string", ScalarKind.STRING,
            "integer", ScalarKind.INTEGER,
            "number", ScalarKind.NUMBER,
            "boolean", ScalarKind.BOOLEAN,
            "any", ScalarKind.ANY,
            "binary", ScalarKind.BINARY);

    /** Qualified ids ("Page.FrameId") of every declared type, for checking references. */
    private final Set<String> declaredTypes = new HashSet<>();

    private SchemaReader() {
    }

    /** Parses and validates a schema document. */
    static Protocol read(byte[] json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new SchemaException("the protocol schema is not valid JSON: " + e.getMessage());
        }
        return new SchemaReader().protocol(root);
    }

    private Protocol protocol(JsonNode root) {
        JsonNode domains = root.path("domains");
        if (!domains.isArray() || domains.isEmpty()) {
            throw new SchemaException("the protocol schema has no \"domains\" array");
        }
        for (JsonNode domain : domains) {
            String name = requiredText(domain, "domain", "a domain");
            for (JsonNode type : domain.path("types")) {
                declaredTypes.add(name + "." + requiredText(type, "id", "a type of domain " + name));
            }
        }
        List<Domain> result = new ArrayList<>();
        for (JsonNode domain : domains) {
            result.add(domain(domain));
        }
        JsonNode version = root.path("version");
        return new Protocol(version.path("major").asText("?") + "." + version.path("minor").asText("?"),
                List.copyOf(result));
    }

    private Domain domain(JsonNode node) {
        String name = node.get("domain").asText();
        List<TypeDef> types = new ArrayList<>();
        for (JsonNode type : node.path("types")) {
            String id = type.get("id").asText();
            types.add(new TypeDef(id, description(type), flags(type),
                    namedShape(type, new Where(name, "type " + id))));
        }
        List<Command> commands = new ArrayList<>();
        for (JsonNode command : node.path("commands")) {
            String commandName = requiredText(command, "name", "a command of domain " + name);
            Where where = new Where(name, "command " + commandName);
            commands.add(new Command(commandName, description(command), flags(command),
                    command.path("redirect").asText(null),
                    properties(command.path("parameters"), where.member("parameter")),
                    properties(command.path("returns"), where.member("return value"))));
        }
        List<Event> events = new ArrayList<>();
        for (JsonNode event : node.path("events")) {
            String eventName = requiredText(event, "name", "an event of domain " + name);
            events.add(new Event(eventName, description(event), flags(event),
                    properties(event.path("parameters"),
                            new Where(name, "event " + eventName).member("parameter"))));
        }
        return new Domain(name, description(node), flags(node),
                List.copyOf(types), List.copyOf(commands), List.copyOf(events));
    }

    /** A named type may also be an object with properties, which inline specs may not. */
    private TypeSpec namedShape(JsonNode type, Where where) {
        if ("object".equals(type.path("type").asText()) && type.has("properties")) {
            return new ObjectOf(properties(type.path("properties"), where.member("property")));
        }
        TypeSpec shape = spec(type, where);
        if (shape instanceof ArrayOf && shape.inlineEnum().isPresent()) {
            throw new SchemaException(where + ": arrays of inline enums are only supported as members; "
                    + "declare the enum as a named type");
        }
        return shape;
    }

    private List<Property> properties(JsonNode array, Where.Member where) {
        List<Property> result = new ArrayList<>();
        for (JsonNode property : array) {
            String name = requiredText(property, "name", "a " + where.kind() + " of " + where.owner());
            result.add(new Property(name, description(property), property.path("optional").asBoolean(false),
                    flags(property), spec(property, where.named(name))));
        }
        return List.copyOf(result);
    }

    private TypeSpec spec(JsonNode node, Where where) {
        if (node.has("$ref")) {
            return ref(node.get("$ref").asText(), where);
        }
        if (!node.has("type")) {
            throw new SchemaException(where + ": has neither \"type\" nor \"$ref\"");
        }
        String type = node.get("type").asText();
        if (node.has("enum")) {
            return enumOf(node, type, where);
        }
        if (type.equals("array")) {
            if (!node.has("items")) {
                throw new SchemaException(where + ": array without \"items\"");
            }
            return new ArrayOf(spec(node.get("items"), where));
        }
        if (type.equals("object")) {
            if (node.has("properties")) {
                throw new SchemaException(where
                        + ": inline objects with properties are not supported; declare a named type");
            }
            return new Scalar(ScalarKind.RAW_OBJECT);
        }
        ScalarKind kind = SCALARS.get(type);
        if (kind == null) {
            throw new SchemaException(where + ": unknown type '" + type + "'");
        }
        return new Scalar(kind);
    }

    private EnumOf enumOf(JsonNode node, String type, Where where) {
        if (!type.equals("string")) {
            throw new SchemaException(where + ": enum of type '" + type + "'; only string enums are supported");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode value : node.get("enum")) {
            values.add(value.asText());
        }
        if (values.isEmpty() || new HashSet<>(values).size() != values.size()) {
            throw new SchemaException(where + ": enum values must be non-empty and distinct: " + values);
        }
        return new EnumOf(List.copyOf(values));
    }

    private Ref ref(String target, Where where) {
        int dot = target.indexOf('.');
        Ref ref = dot < 0
                ? new Ref(where.domain(), target)
                : new Ref(target.substring(0, dot), target.substring(dot + 1));
        if (!declaredTypes.contains(ref.toString())) {
            throw new SchemaException(where + ": $ref '" + target + "' points at no declared type");
        }
        return ref;
    }

    private static String requiredText(JsonNode node, String field, String what) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw new SchemaException(what + " has no \"" + field + "\": " + abbreviate(node));
        }
        return value.asText();
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }

    private static String description(JsonNode node) {
        return node.path("description").asText("");
    }

    private static Flags flags(JsonNode node) {
        return new Flags(node.path("experimental").asBoolean(false), node.path("deprecated").asBoolean(false));
    }

    /** Where in the schema an item sits, for error messages: "domain Page, command navigate". */
    private record Where(String domain, String item) {

        Member member(String kind) {
            return new Member(this, kind);
        }

        @Override
        public String toString() {
            return "domain " + domain + ", " + item;
        }

        /** The members of one kind ("parameter", "property", ...) of an item. */
        record Member(Where owner, String kind) {

            Where named(String name) {
                return new Where(owner.domain(), owner.item() + ", " + kind + " " + name);
            }
        }
    }
}
