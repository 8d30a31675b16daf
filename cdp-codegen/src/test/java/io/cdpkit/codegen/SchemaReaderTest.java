package io.cdpkit.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdpkit.codegen.Schema.ArrayOf;
import io.cdpkit.codegen.Schema.Command;
import io.cdpkit.codegen.Schema.EnumOf;
import io.cdpkit.codegen.Schema.Protocol;
import io.cdpkit.codegen.Schema.Ref;
import io.cdpkit.codegen.Schema.Scalar;
import io.cdpkit.codegen.Schema.ScalarKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaReaderTest {

    @Test
    void readsDomainsTypesCommandsAndEvents() {
        Protocol protocol = SchemaReader.read(Schemas.withDomains("""
                {"domain": "Network", "types": [{"id": "RequestId", "type": "string"}]},
                {"domain": "Page", "experimental": true, "description": "Pages.",
                 "types": [{"id": "FrameId", "type": "string", "deprecated": true}],
                 "commands": [{"name": "navigate", "redirect": "Target",
                   "parameters": [
                     {"name": "url", "type": "string"},
                     {"name": "frameId", "$ref": "FrameId", "optional": true},
                     {"name": "requests", "type": "array", "items": {"$ref": "Network.RequestId"}},
                     {"name": "mode", "type": "string", "enum": ["a", "b"], "experimental": true}],
                   "returns": [{"name": "data", "type": "binary"}]}],
                 "events": [{"name": "loaded"}]}"""));
        assertEquals("1.3", protocol.version());
        assertEquals(2, protocol.domains().size());
        Schema.Domain page = protocol.domains().get(1);
        assertTrue(page.flags().experimental());
        assertTrue(page.types().get(0).flags().deprecated());
        Command navigate = page.commands().get(0);
        assertEquals("Target", navigate.redirect());
        assertEquals(new Scalar(ScalarKind.STRING), navigate.parameters().get(0).type());
        assertEquals(new Ref("Page", "FrameId"), navigate.parameters().get(1).type());
        assertTrue(navigate.parameters().get(1).optional());
        assertEquals(new ArrayOf(new Ref("Network", "RequestId")), navigate.parameters().get(2).type());
        assertEquals(new EnumOf(List.of("a", "b")), navigate.parameters().get(3).type());
        assertTrue(navigate.parameters().get(3).flags().experimental());
        assertEquals(new Scalar(ScalarKind.BINARY), navigate.returns().get(0).type());
        assertEquals(List.of(), page.events().get(0).parameters());
    }

    @Test
    void objectsWithoutPropertiesAreRawObjects() {
        Protocol protocol = SchemaReader.read(Schemas.withPropertySpec("\"type\": \"object\""));
        Schema.ObjectOf holder = (Schema.ObjectOf) protocol.domains().get(0).types().get(0).shape();
        assertEquals(new Scalar(ScalarKind.RAW_OBJECT), holder.properties().get(0).type());
    }

    @Test
    void unknownTypeNamesDomainItemAndType() {
        SchemaException e = assertThrows(SchemaException.class,
                () -> SchemaReader.read(Schemas.withPropertySpec("\"type\": \"blob\"")));
        assertEquals("domain Test, type Holder, property field: unknown type 'blob'", e.getMessage());
    }

    @Test
    void danglingRefNamesDomainItemAndTarget() {
        SchemaException e = assertThrows(SchemaException.class, () -> SchemaReader.read(Schemas.withDomains("""
                {"domain": "Page", "commands": [{"name": "navigate",
                  "parameters": [{"name": "frameId", "$ref": "Network.FrameId"}]}]}""")));
        assertEquals("domain Page, command navigate, parameter frameId: $ref 'Network.FrameId' points at no declared type",
                e.getMessage());
    }

    @Test
    void danglingLocalRefInAnEventIsRejected() {
        SchemaException e = assertThrows(SchemaException.class, () -> SchemaReader.read(Schemas.withDomains("""
                {"domain": "Page", "events": [{"name": "loaded", "parameters": [{"name": "t", "$ref": "Nope"}]}]}""")));
        assertEquals("domain Page, event loaded, parameter t: $ref 'Nope' points at no declared type", e.getMessage());
    }

    @Test
    void otherUnsupportedShapesAreRejectedWithTheirLocation() {
        assertMessage("domain Test, type Holder, property field: array without \"items\"",
                Schemas.withPropertySpec("\"type\": \"array\""));
        assertMessage("domain Test, type Holder, property field: enum of type 'integer'; only string enums are supported",
                Schemas.withPropertySpec("\"type\": \"integer\", \"enum\": [\"1\"]"));
        assertMessage("domain Test, type Holder, property field: has neither \"type\" nor \"$ref\"",
                Schemas.withPropertySpec("\"optional\": true"));
        assertMessage("domain Test, type Holder, property field: inline objects with properties are not supported; "
                        + "declare a named type",
                Schemas.withPropertySpec("\"type\": \"object\", \"properties\": []"));
        assertMessage("domain Test, type Holder, property field: enum values must be non-empty and distinct: [a, a]",
                Schemas.withPropertySpec("\"type\": \"string\", \"enum\": [\"a\", \"a\"]"));
    }

    @Test
    void malformedDocumentsAreRejected() {
        assertMessage("the protocol schema has no \"domains\" array",
                "{\"version\": {}}".getBytes(StandardCharsets.UTF_8));
        assertThrows(SchemaException.class, () -> SchemaReader.read("{not json".getBytes(StandardCharsets.UTF_8)));
        assertMessage("a command of domain Page has no \"name\": {\"description\":\"x\"}",
                Schemas.withDomains("{\"domain\": \"Page\", \"commands\": [{\"description\": \"x\"}]}"));
    }

    private static void assertMessage(String expected, byte[] schema) {
        assertEquals(expected, assertThrows(SchemaException.class, () -> SchemaReader.read(schema)).getMessage());
    }
}
