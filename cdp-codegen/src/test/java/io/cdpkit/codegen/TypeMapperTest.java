package io.cdpkit.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cdpkit.codegen.NameTable.EnumSite;
import io.cdpkit.codegen.Schema.Property;
import io.cdpkit.codegen.Schema.Protocol;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeMapperTest {

    private static final Protocol PROTOCOL = SchemaReader.read(Schemas.withDomains("""
            {"domain": "Network", "types": [
              {"id": "RequestId", "type": "string"},
              {"id": "Old", "type": "string", "deprecated": true}]},
            {"domain": "Page", "commands": [{"name": "go", "parameters": [
              {"name": "s", "type": "string"},
              {"name": "i", "type": "integer"},
              {"name": "oi", "type": "integer", "optional": true},
              {"name": "n", "type": "number"},
              {"name": "on", "type": "number", "optional": true},
              {"name": "b", "type": "boolean"},
              {"name": "ob", "type": "boolean", "optional": true},
              {"name": "any", "type": "any"},
              {"name": "obj", "type": "object"},
              {"name": "bin", "type": "binary"},
              {"name": "ints", "type": "array", "items": {"type": "integer"}},
              {"name": "refs", "type": "array", "items": {"$ref": "Network.RequestId"}},
              {"name": "ref", "$ref": "Network.RequestId"},
              {"name": "old", "$ref": "Network.Old"},
              {"name": "mode", "type": "string", "enum": ["x"]},
              {"name": "modes", "type": "array", "items": {"type": "string", "enum": ["y"]}}]}]}"""));

    @ParameterizedTest
    @CsvSource({
            "s, java.lang.String",
            "i, int",
            "oi, java.lang.Integer",
            "n, double",
            "on, java.lang.Double",
            "b, boolean",
            "ob, java.lang.Boolean",
            "any, com.fasterxml.jackson.databind.JsonNode",
            "obj, com.fasterxml.jackson.databind.JsonNode",
            "bin, io.cdpkit.cdp.protocol.Binary",
            "ints, java.util.List<java.lang.Integer>",
            "refs, java.util.List<io.cdpkit.cdp.protocol.network.RequestId>",
            "ref, io.cdpkit.cdp.protocol.network.RequestId",
            "old, io.cdpkit.cdp.protocol.network.Old",
            "mode, io.cdpkit.cdp.protocol.page.GoMode",
            "modes, java.util.List<io.cdpkit.cdp.protocol.page.GoModes>"})
    void mapsEachSchemaTypeToItsJavaType(String parameter, String javaType) {
        assertEquals(javaType, map(parameter).toString());
    }

    @ParameterizedTest
    @CsvSource({"old, true", "ref, false"})
    void refsToDeprecatedTypesAreMarked(String parameter, boolean deprecated) {
        assertEquals(deprecated, map(parameter).deprecated());
    }

    private static JavaType map(String parameter) {
        TypeMapper mapper = new TypeMapper(PROTOCOL, NameTable.build(PROTOCOL));
        List<Property> parameters = PROTOCOL.domains().get(1).commands().get(0).parameters();
        Property property = parameters.stream().filter(p -> p.name().equals(parameter)).findFirst().orElseThrow();
        return mapper.map(property.type(), new EnumSite("Page", "command go", parameter), property.optional());
    }
}
