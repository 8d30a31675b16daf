package io.cdpkit.cdp.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import io.cdpkit.codegen.GeneratedFile;
import io.cdpkit.codegen.Generator;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generates code for a schema full of names that break naive generators (Java keywords, types
 * named like {@code java.lang} classes or like the support types, members named like
 * {@code Command} methods or {@code Object} methods, clashing class names, colliding enum
 * constants), compiles it with every lint warning turned into an error, and uses the result.
 */
@Timeout(120)
class TrickyNamesCompileTest {

    private static final String SCHEMA = """
            {"version": {"major": "1", "minor": "3"}, "domains": [
             {"domain": "Lang", "types": [
               {"id": "String", "type": "string"},
               {"id": "Object", "type": "object", "properties": [
                 {"name": "class", "type": "string"},
                 {"name": "default", "type": "integer", "optional": true},
                 {"name": "interface", "$ref": "Override", "optional": true},
                 {"name": "hashCode", "type": "number", "optional": true},
                 {"name": "of", "type": "boolean", "optional": true},
                 {"name": "payload", "type": "binary", "optional": true},
                 {"name": "raw", "type": "any", "optional": true}]},
               {"id": "Override", "type": "string", "enum": ["a-b", "a_b", "interface", "registry", "3d"]},
               {"id": "List", "type": "array", "items": {"type": "integer"}},
               {"id": "Objects", "type": "string"},
               {"id": "Deprecated", "type": "string", "deprecated": true},
               {"id": "Binary", "type": "string"},
               {"id": "JsonNode", "type": "integer"},
               {"id": "Command", "type": "number"},
               {"id": "EventType", "type": "object"}],
              "commands": [
               {"name": "return", "parameters": [
                 {"name": "new", "type": "boolean", "optional": true},
                 {"name": "method", "type": "string"},
                 {"name": "io", "type": "array", "items": {"$ref": "List"}},
                 {"name": "resultType", "type": "string", "optional": true},
                 {"name": "old", "$ref": "Deprecated", "optional": true, "deprecated": true}],
                "returns": [{"name": "java", "$ref": "String"}, {"name": "com", "type": "string", "enum": ["x"]}]},
               {"name": "object", "description": "Clashes with the type Object."},
               {"name": "wait", "deprecated": true, "experimental": true},
               {"name": "getClass"}],
              "events": [
               {"name": "string", "parameters": [{"name": "TYPE", "type": "string"}]},
               {"name": "toString"}]},
             {"domain": "Other", "types": [
               {"id": "Ref", "type": "object", "description": "Uses `*/` and \\\\u0000 in a comment.", "properties": [
                 {"name": "object", "$ref": "Lang.Object"},
                 {"name": "string", "$ref": "Lang.String", "optional": true},
                 {"name": "legacy", "$ref": "Lang.Deprecated", "optional": true},
                 {"name": "this", "type": "string", "optional": true},
                 {"name": "plain", "type": "string", "optional": true}]}]}]}""";

    @Test
    void generatedCodeCompilesWithoutWarningsAndWorks(@TempDir Path dir) throws Exception {
        Generator.Generation generation = Generator.generate(SCHEMA.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(
                "Lang: Object is taken, generated as ObjectCommand",
                "Lang: String is taken, generated as StringEvent"), generation.renames());
        Path sources = dir.resolve("src");
        List<Path> files = new ArrayList<>();
        for (GeneratedFile file : generation.files()) {
            Path path = sources.resolve(file.path());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.content());
            files.add(path);
        }
        Path classes = Files.createDirectories(dir.resolve("classes"));
        compile(files, classes);

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            useTheCompiledClasses(loader);
        }
    }

    private static void compile(List<Path> files, Path classes) throws Exception {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager manager = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = manager.getJavaFileObjectsFromPaths(files);
            List<String> options = List.of("--release", "17", "-Xlint:all,-processing,-serial", "-Werror",
                    "-encoding", "UTF-8", "-d", classes.toString(), "-classpath", supportClasspath());
            boolean ok = compiler.getTask(diagnostics, manager, null, options, null, units).call();
            assertTrue(ok, "generated code did not compile cleanly:\n" + diagnostics);
        }
    }

    /** The support types and Jackson, located from their classes (surefire hides its class path). */
    private static String supportClasspath() {
        return Stream.of(ProtocolJson.class, JsonNode.class, JsonCreator.class, JsonParser.class)
                .map(cls -> {
                    try {
                        return Path.of(cls.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .distinct()
                .collect(Collectors.joining(java.io.File.pathSeparator));
    }

    private static void useTheCompiledClasses(ClassLoader loader) throws Exception {
        Class<?> facade = loader.loadClass("io.cdpkit.cdp.protocol.lang.LangDomain");
        List<String> factories = Arrays.stream(facade.getDeclaredMethods()).map(Method::getName).sorted().toList();
        assertEquals(List.of("getClass_", "object", "return_", "wait_"), factories);

        Class<?> list = loader.loadClass("io.cdpkit.cdp.protocol.lang.List");
        Object ints = list.getMethod("of", java.util.List.class).invoke(null, java.util.List.of(1, 2));
        Method returnFactory = facade.getMethod("return_", String.class, java.util.List.class);
        Command<?> command = (Command<?>) returnFactory.invoke(null, "GET", java.util.List.of(ints));
        command = (Command<?>) command.getClass().getMethod("withNew", Boolean.class).invoke(command, false);
        assertEquals("Lang.return", command.method());
        assertEquals("io.cdpkit.cdp.protocol.lang.ReturnResult", command.resultType().getName());
        assertEquals("{\"new\":false,\"method\":\"GET\",\"io\":[[1,2]]}",
                ProtocolJson.mapper().writeValueAsString(command));

        Class<?> object = loader.loadClass("io.cdpkit.cdp.protocol.lang.Object");
        String json = "{\"class\":\"c\",\"default\":0,\"interface\":\"a_b\",\"hashCode\":1.5,\"of\":true,"
                + "\"payload\":\"AQID\",\"raw\":{\"k\":[1]}}";
        Object decoded = ProtocolJson.mapper().readValue(json, object);
        assertEquals(ProtocolJson.mapper().readTree(json),
                ProtocolJson.mapper().readTree(ProtocolJson.mapper().writeValueAsString(decoded)));
        assertEquals("c", object.getMethod("class_").invoke(decoded));

        Class<?> override = loader.loadClass("io.cdpkit.cdp.protocol.lang.Override");
        List<String> constants = Arrays.stream(override.getFields()).map(java.lang.reflect.Field::getName).toList();
        assertEquals(List.of("A_B", "A_B_2", "INTERFACE", "REGISTRY", "_3D"), constants);

        Class<?> event = loader.loadClass("io.cdpkit.cdp.protocol.lang.StringEvent");
        EventType<?> type = (EventType<?>) event.getField("TYPE").get(null);
        assertEquals("Lang.string", type.method());
        Object decodedEvent = ProtocolJson.mapper().readValue("{\"TYPE\":\"t\"}", event);
        assertEquals("t", event.getMethod("TYPE_").invoke(decodedEvent));
    }
}
