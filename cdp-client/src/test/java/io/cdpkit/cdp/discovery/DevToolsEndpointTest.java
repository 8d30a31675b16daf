package io.cdpkit.cdp.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cdpkit.cdp.launch.BrowserProcess;
import io.cdpkit.cdp.launch.ChromeLauncher;
import io.cdpkit.cdp.testing.Await;
import io.cdpkit.cdp.testing.LocalPages;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The /json endpoints of a real headless Chromium. */
@Timeout(60)
class DevToolsEndpointTest {

    private static BrowserProcess browser;
    private static LocalPages pages;
    private static DevToolsEndpoint endpoint;

    @BeforeAll
    static void launch() {
        browser = ChromeLauncher.launch();
        pages = LocalPages.start();
        endpoint = DevToolsEndpoint.of(browser.httpUrl());
    }

    @AfterAll
    static void close() {
        pages.close();
        browser.close();
    }

    @Test
    void versionDescribesTheBrowser() {
        BrowserVersion version = endpoint.version();

        assertTrue(version.browser().startsWith("Chrome/"), version.browser());
        assertEquals("1.3", version.protocolVersion());
        assertTrue(version.userAgent().contains("HeadlessChrome/"), version.userAgent());
        assertFalse(version.v8Version().isBlank());
        assertFalse(version.webKitVersion().isBlank());
        assertEquals(browser.webSocketUrl(), version.webSocketDebuggerUrl());
    }

    @Test
    void listHasTheStartPage() {
        List<DevToolsTarget> targets = endpoint.list();

        DevToolsTarget blank = targets.stream()
                .filter(target -> target.type().equals("page") && target.url().equals("about:blank"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no about:blank page in " + targets));
        assertFalse(blank.id().isBlank());
        assertEquals(URI.create("ws://127.0.0.1:" + browser.httpUrl().getPort() + "/devtools/page/" + blank.id()),
                blank.webSocketDebuggerUrl());
        assertTrue(blank.devtoolsFrontendUrl().contains(blank.id()));
    }

    @Test
    void protocolIsTheSchemaTheBrowserSpeaks() {
        JsonNode protocol = endpoint.protocol();

        assertEquals("1", protocol.path("version").path("major").asText());
        Set<String> domains = StreamSupport.stream(protocol.path("domains").spliterator(), false)
                .map(domain -> domain.path("domain").asText())
                .collect(Collectors.toSet());
        assertTrue(domains.containsAll(Set.of("Page", "Runtime", "Target", "Network", "Debugger")), domains.toString());
    }

    @Test
    void newTargetOpensAPageThatListShowsAndCloseTargetRemoves() throws Exception {
        URI page = pages.url("hello.html?greeting=hi&who=you%20all#top");

        DevToolsTarget opened = endpoint.newTarget(page.toString());

        assertEquals("page", opened.type());
        assertEquals(page.toString(), opened.url(), "query and fragment survive the /json/new query string");
        assertNotNull(opened.webSocketDebuggerUrl());
        Await.until("the page to load and show its title", Duration.ofSeconds(10), () -> endpoint.list().stream()
                .anyMatch(target -> target.id().equals(opened.id()) && target.title().equals("Hello from cdpkit")));
        assertTrue(pages.requests().stream().anyMatch(request -> request.uri().getPath().equals("/hello.html")));

        endpoint.activateTarget(opened.id());
        endpoint.closeTarget(opened.id());

        Await.until("the closed target to leave the list", Duration.ofSeconds(10),
                () -> endpoint.list().stream().noneMatch(target -> target.id().equals(opened.id())));
    }

    @Test
    void closingAnUnknownTargetIsA404NamingTheId() {
        UnexpectedResponseException e = assertThrows(UnexpectedResponseException.class,
                () -> endpoint.closeTarget("NO-SUCH-TARGET"));

        assertEquals(404, e.statusCode());
        assertTrue(e.body().contains("No such target id: NO-SUCH-TARGET"), e.body());
        assertTrue(e.getMessage().contains("/json/close/NO-SUCH-TARGET"), e.getMessage());
        assertThrows(UnexpectedResponseException.class, () -> endpoint.activateTarget("NO-SUCH-TARGET"));
    }

    @Test
    void blankTargetIdsAreRejectedBeforeAnyRequest() {
        assertThrows(IllegalArgumentException.class, () -> endpoint.closeTarget(" "));
        assertThrows(IllegalArgumentException.class, () -> endpoint.activateTarget(""));
        assertThrows(NullPointerException.class, () -> endpoint.newTarget(null));
    }

    @Test
    void localhostIsAcceptedAsHost() {
        DevToolsEndpoint byName = DevToolsEndpoint.of("http://localhost:" + browser.httpUrl().getPort());

        assertEquals("localhost", byName.version().webSocketDebuggerUrl().getHost(),
                "Chrome builds the WebSocket URL from the Host it was sent");
    }

    @Test
    void resolverTurnsTheHttpEndpointIntoTheBrowserWebSocket() {
        assertEquals(browser.webSocketUrl(), EndpointResolver.resolveWebSocketUrl(browser.httpUrl().toString()));
        assertEquals(browser.webSocketUrl(), EndpointResolver.resolveWebSocketUrl(browser.httpUrl() + "/"));
        assertEquals(browser.webSocketUrl(), EndpointResolver.resolveWebSocketUrl(browser.webSocketUrl().toString()));
    }
}
