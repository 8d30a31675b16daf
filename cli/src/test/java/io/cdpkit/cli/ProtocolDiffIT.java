package io.cdpkit.cli;

import static io.cdpkit.cli.CdpkitProcess.cdpkit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cdpkit.cdp.launch.BrowserProcess;
import io.cdpkit.cdp.launch.ChromeLauncher;
import io.cdpkit.cli.CdpkitProcess.Result;
import java.util.Iterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code cdpkit protocol diff} against the installed Chromium and against a doctored /json/protocol. */
@Timeout(120)
class ProtocolDiffIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theInstalledChromiumMatchesThePinnedSchemaItCameFrom() throws Exception {
        Result result = cdpkit("protocol", "diff").run();

        assertEquals(0, result.exitCode(), result.toString());
        assertEquals("no differences\n", result.stdout());
        assertTrue(result.stderr().contains("cdpkit: launching "), result.stderr());
        assertTrue(result.stderr().contains("cdpkit: comparing the protocol of Chrome/"), result.stderr());
    }

    @Test
    void browserUrlUsesARunningBrowserInsteadOfLaunchingOne() throws Exception {
        try (BrowserProcess browser = ChromeLauncher.launch()) {
            Result result = cdpkit("protocol", "diff", "--browser-url", browser.httpUrl().toString()).run();

            assertEquals(0, result.exitCode(), result.toString());
            assertEquals("no differences\n", result.stdout());
            assertTrue(result.stderr().contains(browser.httpUrl().toString()), result.stderr());
            assertTrue(!result.stderr().contains("launching"), result.stderr());
        }
    }

    @Test
    void listsWhatEachSideHasThatTheOtherLacks() throws Exception {
        try (TestSite fakeBrowser = new TestSite()) {
            fakeBrowser.serve("/json/version", "application/json", "{\"Browser\": \"FakeChrome/1.0\", "
                    + "\"Protocol-Version\": \"1.3\", \"webSocketDebuggerUrl\": \"ws://127.0.0.1:1/devtools/browser/x\"}");
            fakeBrowser.serve("/json/protocol", "application/json", JSON.writeValueAsString(doctoredSchema()));

            Result result = cdpkit("protocol", "diff", "--browser-url", fakeBrowser.baseUrl()).run();
            Result strict = cdpkit("-q", "protocol", "diff", "--exit-code", "--browser-url", fakeBrowser.baseUrl()).run();

            assertEquals(0, result.exitCode(), result.toString());
            assertEquals("""
                    In the browser, not in the pinned bindings (3):
                      domain      Zeta
                      enum value  Page.TransitionType "teleport"
                      command     Page.teleport
                    In the pinned bindings, not in the browser (2):
                      parameter   Page.navigate.referrer
                      event       Page.loadEventFired
                    """, result.stdout());
            assertTrue(result.stderr().contains("comparing the protocol of FakeChrome/1.0"), result.stderr());
            assertEquals(1, strict.exitCode(), strict.toString());
            assertEquals(result.stdout(), strict.stdout());
        }
    }

    @Test
    void aGridHasNoProtocolEndpoint() throws Exception {
        Result result = cdpkit("protocol", "diff", "--grid", "http://127.0.0.1:4444").run();

        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.stderr().startsWith("cdpkit: protocol diff reads the browser's /json/protocol"), result.stderr());
    }

    /**
     * The pinned schema with a new domain, command and enum value, and without an event and a
     * parameter it has.
     */
    private static JsonNode doctoredSchema() {
        JsonNode schema = PinnedSchema.load();
        ArrayNode domains = (ArrayNode) schema.path("domains");
        domains.addObject().put("domain", "Zeta").putArray("commands").addObject().put("name", "go");
        ObjectNode page = find(domains, "domain", "Page");
        ((ArrayNode) find(page.path("types"), "id", "TransitionType").path("enum")).add("teleport");
        ((ArrayNode) page.path("commands")).addObject().put("name", "teleport");
        remove(find(page.path("commands"), "name", "navigate").path("parameters"), "referrer");
        remove(page.path("events"), "loadEventFired");
        return schema;
    }

    private static ObjectNode find(JsonNode list, String key, String value) {
        for (JsonNode item : list) {
            if (item.path(key).asText().equals(value)) {
                return (ObjectNode) item;
            }
        }
        throw new AssertionError("the pinned schema has no " + key + " " + value);
    }

    private static void remove(JsonNode list, String name) {
        for (Iterator<JsonNode> items = list.iterator(); items.hasNext();) {
            if (items.next().path("name").asText().equals(name)) {
                items.remove();
                return;
            }
        }
        throw new AssertionError("the pinned schema has no " + name);
    }
}
