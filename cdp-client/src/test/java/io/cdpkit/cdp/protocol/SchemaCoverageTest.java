package io.cdpkit.cdp.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads the pinned schema on its own (not through the generator) and checks, by reflection over
 * the compiled classes, that every domain, command, event, type and inline enum has its
 * generated counterpart with the right members, and that nothing else was generated.
 */
class SchemaCoverageTest {

    private final JsonNode domains = PinnedSchema.domains();
    private final Set<String> expectedClasses = new TreeSet<>();
    private int commands;
    private int events;
    private int types;
    private int inlineEnums;

    @Test
    void everyDomainCommandEventAndTypeHasItsCounterpart() throws Exception {
        for (JsonNode domain : domains) {
            String name = domain.get("domain").asText();
            String pkg = PinnedSchema.packageOf(name);
            Class<?> facade = PinnedSchema.load(pkg + "." + name + "Domain");
            expectedClasses.add(facade.getName());
            assertFlags(domain, facade);
            checkTypes(domain, pkg);
            checkCommands(domain, facade);
            checkEvents(domain, pkg);
        }
        // Cross-check against the figures in src/main/protocol/PROVENANCE.md (update both when re-pinning);
        // the checks above, derived from the schema itself, are what enforce completeness.
        assertEquals(59, domains.size());
        assertEquals(674, commands);
        assertEquals(232, events);
        assertEquals(610, types);
        assertEquals(ProtocolEvents.methods().size(), events);
        assertEquals(expectedClasses, generatedClassFiles(), "generated classes differ from the schema's items");
        System.out.printf("generated: %d domains, %d types, %d commands + %d results, %d events, %d inline enums,"
                        + " 1 registry = %d classes%n", domains.size(), types, commands, commands, events, inlineEnums,
                expectedClasses.size() + 1);
    }

    private void checkTypes(JsonNode domain, String pkg) {
        for (JsonNode type : domain.path("types")) {
            Class<?> cls = PinnedSchema.load(pkg + "." + type.get("id").asText());
            expectedClasses.add(cls.getName());
            types++;
            assertFlags(type, cls);
            if (type.has("enum")) {
                assertEnum(type.get("enum"), cls);
            } else if (type.has("properties")) {
                assertMembers(type.get("properties"), cls);
            } else {
                assertEquals(List.of("value"), jsonNames(cls), cls + " should wrap one value");
            }
        }
    }

    private void checkCommands(JsonNode domain, Class<?> facade) {
        Map<String, Method> factories = new HashMap<>();
        for (Method method : facade.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers()) && Modifier.isStatic(method.getModifiers())) {
                factories.put(constant(method.getReturnType(), "METHOD"), method);
            }
        }
        String name = domain.get("domain").asText();
        assertEquals(domain.path("commands").size(), factories.size(), name + "Domain factory count");
        for (JsonNode command : domain.path("commands")) {
            String wireName = name + "." + command.get("name").asText();
            Method factory = factories.get(wireName);
            assertNotNull(factory, "no factory for " + wireName);
            Class<?> commandClass = factory.getReturnType();
            assertTrue(Command.class.isAssignableFrom(commandClass), commandClass + " is no Command");
            assertFlags(command, commandClass);
            assertFlags(command, factory);
            assertMembers(command.path("parameters"), commandClass);
            long required = Stream.of(command.path("parameters")).flatMap(SchemaCoverageTest::elements)
                    .filter(p -> !p.path("optional").asBoolean()).count();
            assertEquals(required, factory.getParameterCount(), wireName + " factory takes the required parameters");
            Class<?> result = resultType(commandClass);
            assertMembers(command.path("returns"), result);
            expectedClasses.add(commandClass.getName());
            expectedClasses.add(result.getName());
            commands++;
        }
    }

    private void checkEvents(JsonNode domain, String pkg) {
        for (JsonNode event : domain.path("events")) {
            String wireName = domain.get("domain").asText() + "." + event.get("name").asText();
            EventType<?> type = ProtocolEvents.forMethod(wireName);
            assertNotNull(type, "registry lacks " + wireName);
            assertEquals(wireName, type.method());
            Class<?> cls = type.eventClass();
            assertEquals(pkg, cls.getPackageName());
            assertTrue(cls.isRecord(), cls + " is no record");
            assertEquals(type, readStatic(cls, "TYPE"));
            assertFlags(event, cls);
            assertMembers(event.path("parameters"), cls);
            expectedClasses.add(cls.getName());
            events++;
        }
    }

    /** The record's components carry the schema members, in order, with their types' enums. */
    private void assertMembers(JsonNode properties, Class<?> cls) {
        assertTrue(cls.isRecord(), cls + " is no record");
        List<String> names = new ArrayList<>();
        properties.forEach(p -> names.add(p.get("name").asText()));
        assertEquals(names, jsonNames(cls), cls + " components");
        RecordComponent[] components = cls.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            JsonNode property = properties.get(i);
            assertEquals(property.path("experimental").asBoolean(),
                    components[i].isAnnotationPresent(Experimental.class), cls + "." + names.get(i) + " @Experimental");
            if (property.path("deprecated").asBoolean()) {
                assertTrue(accessor(components[i]).isAnnotationPresent(Deprecated.class),
                        cls + "." + names.get(i) + " accessor should be @Deprecated");
            }
            JsonNode enumValues = property.has("enum") ? property.get("enum") : property.path("items").get("enum");
            if (enumValues != null) {
                Class<?> enumClass = property.has("enum") ? components[i].getType() : listElement(components[i]);
                assertEnum(enumValues, enumClass);
                expectedClasses.add(enumClass.getName());
                inlineEnums++;
            }
        }
    }

    private static void assertEnum(JsonNode values, Class<?> cls) {
        assertTrue(OpenEnum.class.isAssignableFrom(cls), cls + " is no OpenEnum");
        List<String> expected = new ArrayList<>();
        values.forEach(v -> expected.add(v.asText()));
        List<?> known = (List<?>) invokeStatic(cls, "knownValues");
        assertEquals(expected, known.stream().map(v -> ((OpenEnum) v).value()).toList(), cls + " values");
        assertTrue(known.stream().allMatch(v -> ((OpenEnum) v).isKnown()));
    }

    private static void assertFlags(JsonNode item, AnnotatedElement element) {
        assertEquals(item.path("experimental").asBoolean(), element.isAnnotationPresent(Experimental.class),
                element + " @Experimental");
        assertEquals(item.path("deprecated").asBoolean(), element.isAnnotationPresent(Deprecated.class),
                element + " @Deprecated");
    }

    /** The JSON names of a record's components: the {@code @JsonProperty} name, else the component name. */
    static List<String> jsonNames(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(component -> {
            JsonProperty property = accessor(component).getAnnotation(JsonProperty.class);
            return property != null ? property.value() : component.getName();
        }).toList();
    }

    private static Method accessor(RecordComponent component) {
        return component.getAccessor();
    }

    private static Class<?> listElement(RecordComponent component) {
        Type type = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
        return (Class<?>) type;
    }

    private static Class<?> resultType(Class<?> commandClass) {
        for (Type type : commandClass.getGenericInterfaces()) {
            if (type instanceof ParameterizedType p && p.getRawType() == Command.class) {
                return (Class<?>) p.getActualTypeArguments()[0];
            }
        }
        throw new AssertionError(commandClass + " does not implement Command<R>");
    }

    private static Stream<JsonNode> elements(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list.stream();
    }

    private static String constant(Class<?> cls, String field) {
        return (String) readStatic(cls, field);
    }

    private static Object readStatic(Class<?> cls, String field) {
        try {
            return cls.getField(field).get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(cls + " has no public static " + field, e);
        }
    }

    private static Object invokeStatic(Class<?> cls, String method) {
        try {
            return cls.getMethod(method).invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(cls + "." + method + "() failed", e);
        }
    }

    /** Every top-level class compiled into a domain package (not the hand-written support types). */
    private static Set<String> generatedClassFiles() throws IOException, URISyntaxException {
        Path classes = Path.of(ProtocolEvents.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path root = classes.resolve("io/cdpkit/cdp/protocol");
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(path -> path.toString().endsWith(".class"))
                    .filter(path -> !path.getParent().equals(root))
                    .map(path -> classes.relativize(path).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .filter(name -> !name.contains("$"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
