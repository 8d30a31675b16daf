package io.cdpkit.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GeneratorTest {

    private static final byte[] SCHEMA = Schemas.withDomains("""
            {"domain": "Runtime", "types": [
              {"id": "RemoteObject", "type": "object", "properties": [{"name": "value", "type": "any", "optional": true}]},
              {"id": "Legacy", "type": "string", "deprecated": true}]},
            {"domain": "Debugger", "types": [
              {"id": "CallFrame", "type": "object", "description": "A frame; see `*/` and \\\\u0041 <b>&",
               "properties": [
                 {"name": "this", "$ref": "Runtime.RemoteObject"},
                 {"name": "class", "type": "string", "optional": true},
                 {"name": "legacy", "$ref": "Runtime.Legacy", "optional": true},
                 {"name": "scopes", "type": "array", "items": {"$ref": "Runtime.RemoteObject"}}]}],
             "commands": [{"name": "resume", "parameters": [{"name": "method", "type": "string"}]}],
             "events": [{"name": "resumed"}]},
            {"domain": "Clash", "types": [
              {"id": "Foo", "type": "string"},
              {"id": "BarResult", "type": "integer"},
              {"id": "URLPattern", "type": "string"},
              {"id": "String", "type": "string"}],
             "commands": [
              {"name": "foo"},
              {"name": "bar", "parameters": [{"name": "mode", "type": "string", "enum": ["fast", "slow"]}]},
              {"name": "urlPattern", "returns": [{"name": "name", "type": "string"}]}],
             "events": [{"name": "foo"}]}""");

    private static Map<String, String> generate(byte[] schema) {
        return Generator.generate(schema).files().stream()
                .collect(Collectors.toMap(GeneratedFile::path, GeneratedFile::content));
    }

    private static final Map<String, String> FILES = generate(SCHEMA);

    private static String file(String domainPackage, String className) {
        String path = "io/cdpkit/cdp/protocol/" + domainPackage + "/" + className + ".java";
        assertTrue(FILES.containsKey(path), () -> path + " not among " + FILES.keySet());
        return FILES.get(path);
    }

    @Test
    void sameInputGivesByteIdenticalOutputInTheSameOrder() {
        Generator.Generation first = Generator.generate(SCHEMA);
        Generator.Generation second = Generator.generate(SCHEMA.clone());
        assertNotSame(first.files(), second.files());
        assertEquals(first.files(), second.files());
        List<String> paths = first.files().stream().map(GeneratedFile::path).toList();
        assertEquals(paths.stream().sorted().toList(), paths);
    }

    @Test
    void clashesInsideAPackageAreRenamedDeterministicallyAndReported() {
        Generator.Generation generation = Generator.generate(SCHEMA);
        assertEquals(List.of(
                "Clash: Foo is taken, generated as FooCommand",
                "Clash: BarResult is taken, generated as BarResultResult",
                "Clash: UrlPattern is taken, generated as UrlPatternCommand",
                "Clash: Foo is taken, generated as FooEvent"), generation.renames());
        assertTrue(file("clash", "FooCommand").contains("implements Command<FooCommandResult>"));
        assertTrue(file("clash", "Bar").contains("implements Command<BarResultResult>"));
        assertTrue(file("clash", "FooEvent").contains("new EventType<>(\"Clash.foo\", FooEvent.class)"));
        assertTrue(file("clash", "BarMode").contains("public final class BarMode extends OpenEnum"));
        assertTrue(file("clash", "Foo").contains("public record Foo(java.lang.String value)"));
    }

    @Test
    void everyItemGetsItsFile() {
        Function<String, Long> countIn = pkg -> FILES.keySet().stream()
                .filter(path -> path.startsWith("io/cdpkit/cdp/protocol/" + pkg + "/")).count();
        assertEquals(2 + 1, countIn.apply("runtime"), "2 types + facade");
        assertEquals(1 + 2 + 1 + 1, countIn.apply("debugger"), "1 type, command + result, event, facade");
        assertEquals(4 + 6 + 1 + 1 + 1, countIn.apply("clash"), "4 types, 3 commands + results, event, enum, facade");
        assertTrue(FILES.containsKey("io/cdpkit/cdp/protocol/ProtocolEvents.java"));
    }

    @Test
    void keywordFieldsKeepTheirJsonNames() {
        String callFrame = file("debugger", "CallFrame");
        assertTrue(callFrame.contains("@JsonProperty(\"this\") RemoteObject this_,"));
        assertTrue(callFrame.contains("@JsonProperty(\"class\") String class_,"));
        assertTrue(callFrame.contains("public CallFrame withClass(String class_)"));
        assertTrue(file("debugger", "Resume").contains("@JsonProperty(\"method\") String method_) implements"),
                "a command parameter named method must not override Command.method()");
    }

    @Test
    void crossDomainRefsAreImported() {
        assertTrue(file("debugger", "CallFrame").contains("import io.cdpkit.cdp.protocol.runtime.RemoteObject;"));
    }

    @Test
    void aTypeShadowingJavaLangMakesJavaLangQualified() {
        String urlPattern = file("clash", "UrlPatternCommandResult");
        assertTrue(urlPattern.contains("java.lang.String name"), urlPattern);
        assertFalse(urlPattern.contains("import io.cdpkit.cdp.protocol.clash.String"));
    }

    @Test
    void usingADeprecatedTypeSuppressesDeprecationWarnings() {
        assertTrue(file("debugger", "CallFrame").contains(" */\n@SuppressWarnings(\"deprecation\")\n@JsonInclude("));
        assertTrue(file("runtime", "Legacy").contains("@Deprecated\npublic record Legacy("));
        assertFalse(file("runtime", "RemoteObject").contains("SuppressWarnings"));
    }

    @Test
    void descriptionsAreEscaped() {
        assertTrue(file("debugger", "CallFrame").contains(" * A frame; see <code>*&#47;</code> and &#92;u0041 &lt;b&gt;&amp;\n"));
    }

    @Test
    void listsAreCopiedAndRequiredCommandParametersChecked() {
        assertTrue(file("debugger", "CallFrame").contains("scopes = ProtocolValues.copyOf(scopes);"));
        assertTrue(file("debugger", "Resume").contains(
                "Objects.requireNonNull(method_, \"Debugger.resume: required parameter 'method' is null\");"));
    }

    @Test
    void theRegistryMapsEveryEvent() {
        String registry = FILES.get("io/cdpkit/cdp/protocol/ProtocolEvents.java");
        assertTrue(registry.contains("case \"Debugger.resumed\": return Resumed.TYPE;"), registry);
        assertTrue(registry.contains("case \"Clash.foo\": return FooEvent.TYPE;"), registry);
        assertTrue(registry.contains("\"Debugger.resumed\",\n            \"Clash.foo\");"), registry);
    }

    @Test
    void errorsSurfaceAsSchemaExceptions() {
        assertThrows(SchemaException.class, () -> Generator.generate(Schemas.withPropertySpec("\"type\": \"date\"")));
    }
}
