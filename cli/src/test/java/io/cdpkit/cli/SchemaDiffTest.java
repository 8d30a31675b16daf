package io.cdpkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cdpkit.cli.SchemaDifference.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaDiffTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A tiny schema in the shape of /json/protocol; quotes are written ' for readability. */
    private static JsonNode schema(String json) throws Exception {
        return JSON.readTree(json.replace('\'', '"'));
    }

    private static final String PINNED = "{'domains': ["
            + "{'domain': 'Page',"
            + " 'types': [{'id': 'TransitionType', 'type': 'string', 'enum': ['link', 'typed']},"
            + "           {'id': 'Frame', 'type': 'object', 'properties': [{'name': 'id'}, {'name': 'url'}]}],"
            + " 'commands': [{'name': 'navigate', 'parameters': [{'name': 'url'}, {'name': 'referrer'}],"
            + "               'returns': [{'name': 'frameId'}]},"
            + "              {'name': 'reload'}],"
            + " 'events': [{'name': 'loadEventFired', 'parameters': [{'name': 'timestamp'}]}]},"
            + "{'domain': 'Legacy'}]}";

    @Test
    void equalSchemasHaveNoDifferences() throws Exception {
        assertEquals(List.of(), SchemaDiff.compare(schema(PINNED), schema(PINNED)));
    }

    @Test
    void reportsEachKindInBothDirections() throws Exception {
        String browser = "{'domains': ["
                + "{'domain': 'Page',"
                + " 'types': [{'id': 'TransitionType', 'type': 'string', 'enum': ['link', 'reload']},"
                + "           {'id': 'Frame', 'type': 'object', 'properties': [{'name': 'id'}, {'name': 'name'}]},"
                + "           {'id': 'FrameTree'}],"
                + " 'commands': [{'name': 'navigate', 'parameters': [{'name': 'url'},"
                + "                 {'name': 'policy', 'type': 'string', 'enum': ['a']}],"
                + "               'returns': [{'name': 'frameId'}, {'name': 'loaderId'}]}],"
                + " 'events': [{'name': 'loadEventFired', 'parameters': [{'name': 'timestamp'}]},"
                + "            {'name': 'frameNavigated'}]},"
                + "{'domain': 'Storage', 'commands': [{'name': 'clear'}]}]}";

        List<SchemaDifference> differences = SchemaDiff.compare(schema(PINNED), schema(browser));

        assertEquals(List.of(
                new SchemaDifference(Side.BROWSER_ONLY, "domain", "Storage"),
                new SchemaDifference(Side.PINNED_ONLY, "domain", "Legacy"),
                new SchemaDifference(Side.BROWSER_ONLY, "type", "Page.FrameTree"),
                new SchemaDifference(Side.BROWSER_ONLY, "enum value", "Page.TransitionType \"reload\""),
                new SchemaDifference(Side.PINNED_ONLY, "enum value", "Page.TransitionType \"typed\""),
                new SchemaDifference(Side.BROWSER_ONLY, "property", "Page.Frame.name"),
                new SchemaDifference(Side.PINNED_ONLY, "property", "Page.Frame.url"),
                new SchemaDifference(Side.PINNED_ONLY, "command", "Page.reload"),
                new SchemaDifference(Side.BROWSER_ONLY, "parameter", "Page.navigate.policy"),
                new SchemaDifference(Side.PINNED_ONLY, "parameter", "Page.navigate.referrer"),
                new SchemaDifference(Side.BROWSER_ONLY, "result", "Page.navigate.loaderId"),
                new SchemaDifference(Side.BROWSER_ONLY, "event", "Page.frameNavigated")),
                differences);
    }

    @Test
    void comparesEnumValuesOfParametersPropertiesAndArrayItems() throws Exception {
        String pinned = "{'domains': [{'domain': 'Network',"
                + " 'types': [{'id': 'Cookie', 'properties': [{'name': 'sameSite', 'enum': ['Lax', 'Strict']}]}],"
                + " 'events': [{'name': 'sent', 'parameters': [{'name': 'kinds', 'type': 'array',"
                + "               'items': {'type': 'string', 'enum': ['a', 'b']}}]}]}]}";
        String browser = pinned.replace("'Lax', 'Strict'", "'Lax', 'Strict', 'None'").replace("'a', 'b'", "'a'");

        assertEquals(List.of(
                new SchemaDifference(Side.BROWSER_ONLY, "enum value", "Network.Cookie.sameSite \"None\""),
                new SchemaDifference(Side.PINNED_ONLY, "enum value", "Network.sent.kinds \"b\"")),
                SchemaDiff.compare(schema(pinned), schema(browser)));
    }

    @Test
    void thePinnedSchemaShipsWithCdpClientAndEqualsItself() {
        JsonNode pinned = PinnedSchema.load();
        assertEquals(59, pinned.path("domains").size());
        assertEquals(List.of(), SchemaDiff.compare(pinned, pinned));
    }
}
