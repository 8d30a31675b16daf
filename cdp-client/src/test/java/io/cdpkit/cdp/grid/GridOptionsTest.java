package io.cdpkit.cdp.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The capabilities {@link GridOptions} ask a Grid for, and the values they refuse. */
class GridOptionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void defaultsAskForHeadlessChrome() throws Exception {
        assertEquals(JSON.readTree("{\"browserName\":\"chrome\",\"goog:chromeOptions\":{\"args\":[\"--headless\"]}}"),
                GridOptions.defaults().alwaysMatch());
        assertEquals(GridOptions.DEFAULT_SESSION_TIMEOUT, GridOptions.defaults().sessionTimeout());
    }

    @Test
    void argsBinaryAndExtraCapabilitiesAreSent() throws Exception {
        GridOptions options = GridOptions.builder()
                .browserName("MicrosoftEdge")
                .args("--window-size=800,600")
                .binary("/opt/edge/msedge")
                .capability("platformName", "linux")
                .capability("se:labels", Map.of("team", "web"))
                .build();

        assertEquals(JSON.readTree("{\"browserName\":\"MicrosoftEdge\",\"goog:chromeOptions\":{\"args\":[\"--headless\","
                + "\"--window-size=800,600\"],\"binary\":\"/opt/edge/msedge\"},\"platformName\":\"linux\","
                + "\"se:labels\":{\"team\":\"web\"}}"), options.alwaysMatch());
    }

    @Test
    void aHeadlessArgumentOfTheCallerIsNotDoubledAndHeadfulAddsNone() {
        GridOptions ownHeadless = GridOptions.builder().args("--headless=new").build();
        GridOptions headful = GridOptions.builder().headless(false).build();

        assertEquals("[\"--headless=new\"]", ownHeadless.alwaysMatch().path("goog:chromeOptions").path("args").toString());
        assertEquals("[]", headful.alwaysMatch().path("goog:chromeOptions").path("args").toString());
    }

    @Test
    void aCapabilityOfTheCallerReplacesCdpkitsOwn() {
        GridOptions options = GridOptions.builder().capability("goog:chromeOptions", Map.of("args", List.of("--kiosk"))).build();

        assertEquals("{\"args\":[\"--kiosk\"]}", options.alwaysMatch().path("goog:chromeOptions").toString());
    }

    @Test
    void toBuilderKeepsEverything() {
        GridOptions options = GridOptions.builder().args("--a").binary("/b").capability("c", 1)
                .sessionTimeout(Duration.ofSeconds(5)).requestTimeout(Duration.ofSeconds(3)).headless(false).build();

        GridOptions copy = options.toBuilder().build();

        assertEquals(options.alwaysMatch(), copy.alwaysMatch());
        assertEquals(Duration.ofSeconds(5), copy.sessionTimeout());
        assertEquals(Duration.ofSeconds(3), copy.requestTimeout());
    }

    @Test
    void badValuesAreRejectedByName() {
        GridOptions.Builder builder = GridOptions.builder();

        assertMessage("browserName must not be blank: ' '", () -> builder.browserName(" "));
        assertMessage("argument must not be blank: ''", () -> builder.args("--ok", ""));
        assertMessage("sessionTimeout must be positive: PT0S", () -> builder.sessionTimeout(Duration.ZERO));
        assertMessage("requestTimeout must be positive: PT-1S", () -> builder.requestTimeout(Duration.ofSeconds(-1)));
        assertMessage("capability name must not be blank: ''", () -> builder.capability("", "x"));
        Object notJson = new Object();
        assertMessage("Capability 'x' cannot be turned into JSON: " + notJson, () -> builder.capability("x", notJson));
    }

    private static void assertMessage(String expected, Executable call) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, call);
        assertEquals(expected, error.getMessage());
    }
}
