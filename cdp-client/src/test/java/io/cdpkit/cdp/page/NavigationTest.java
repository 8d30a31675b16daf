package io.cdpkit.cdp.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdpkit.cdp.CdpTimeoutException;
import io.cdpkit.cdp.NavigateOptions;
import io.cdpkit.cdp.NavigationException;
import io.cdpkit.cdp.Page;
import io.cdpkit.cdp.Response;
import io.cdpkit.cdp.WaitUntil;
import io.cdpkit.cdp.testing.PageFixture;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Page navigation, reload and document access against real Chromium. */
@Timeout(60)
class NavigationTest {

    private static final Duration SHORT = Duration.ofSeconds(2);

    @RegisterExtension
    static final PageFixture fixture = new PageFixture();

    @Test
    void navigateReturnsTheMainDocumentsResponse() {
        Page page = fixture.page();

        Response response = page.navigate(fixture.url("hello.html"));

        assertEquals(fixture.url("hello.html"), response.url());
        assertEquals(200, response.status());
        assertTrue(response.ok());
        assertEquals("text/html", response.mimeType());
        assertEquals("text/html; charset=utf-8", response.header("content-type"));
        assertEquals(fixture.url("hello.html"), page.url());
        assertEquals("Hello from cdpkit", page.title());
    }

    @Test
    void aNotFoundPageIsAResponseNotAnError() {
        Response response = fixture.page().navigate(fixture.url("missing.html"));

        assertEquals(404, response.status());
        assertFalse(response.ok());
    }

    @Test
    void unreachableServerFailsWithTheBrowsersReason() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/";

        NavigationException failure = assertThrows(NavigationException.class, () -> fixture.page().navigate(url));

        assertEquals("net::ERR_CONNECTION_REFUSED", failure.errorText());
        assertEquals(url, failure.url());
    }

    @Test
    void serverThatNeverAnswersTimesOutNamingTheUrlAndTheCondition() {
        fixture.server().neverRespond("/stuck");
        String url = fixture.url("stuck");

        CdpTimeoutException timeout = assertThrows(CdpTimeoutException.class,
                () -> fixture.page().navigate(url, NavigateOptions.defaults().withTimeout(SHORT)));

        assertTrue(timeout.getMessage().contains(url), timeout.getMessage());
        assertTrue(timeout.getMessage().contains("the load event"), timeout.getMessage());
        assertEquals(SHORT, timeout.timeout());
    }

    @Test
    void documentThatNeverFinishesTimesOutWaitingForDomContentLoaded() {
        fixture.server().neverFinish("/endless", "text/html", "<!doctype html><title>Endless</title><p>Still loading");
        String url = fixture.url("endless");

        CdpTimeoutException timeout = assertThrows(CdpTimeoutException.class, () -> fixture.page().navigate(url,
                NavigateOptions.defaults().withWaitUntil(WaitUntil.DOM_CONTENT_LOADED).withTimeout(SHORT)));

        assertTrue(timeout.getMessage().contains("the DOMContentLoaded event of " + url), timeout.getMessage());
    }

    @Test
    void networkIdleWaitsForRequestsMadeAfterLoad() {
        fixture.server().respondAfter("/slow-data", Duration.ofMillis(800), "text/plain", "payload");

        fixture.page().navigate(fixture.url("idle.html"), NavigateOptions.defaults().withWaitUntil(WaitUntil.NETWORK_IDLE));

        assertEquals("payload", fixture.page().evaluate("window.dataArrived").asText());
    }

    @Test
    void navigationWithinTheDocumentReturnsNoResponse() {
        Page page = fixture.open("hello.html");

        Response response = page.navigate(fixture.url("hello.html#greeting"));

        assertNull(response);
        assertEquals(fixture.url("hello.html#greeting"), page.url());
    }

    @Test
    void asyncNavigationCompletesWithTheResponse() {
        CompletableFuture<Response> navigation = fixture.page().navigateAsync(fixture.url("hello.html"),
                NavigateOptions.defaults().withWaitUntil(WaitUntil.DOM_CONTENT_LOADED));

        assertEquals(200, navigation.join().status());
    }

    @Test
    void reloadLoadsANewDocument() {
        Page page = fixture.open("hello.html");
        page.evaluate("window.marker = 'old document'");

        Response response = page.reload();

        assertEquals(200, response.status());
        assertTrue(page.evaluate("window.marker").isNull());
        long requests = fixture.server().requests().stream().filter(r -> r.uri().getPath().equals("/hello.html")).count();
        assertEquals(2, requests);
    }

    @Test
    void waitForNavigationFollowsAClickOnALink() {
        Page page = fixture.open("links.html");

        Response response = page.waitForNavigation(() -> page.click("#next"));

        assertEquals(fixture.url("hello.html"), response.url());
        assertEquals("Hello from cdpkit", page.title());
        page.navigate(fixture.url("links.html"));
        assertNull(page.waitForNavigation(() -> page.click("#section-link")), "a link within the document");
        assertEquals(fixture.url("links.html#section"), page.url());
    }

    @Test
    void waitForNavigationTimesOutWhenNothingNavigates() {
        Page page = fixture.open("links.html");

        CdpTimeoutException timeout = assertThrows(CdpTimeoutException.class,
                () -> page.waitForNavigation(NavigateOptions.defaults().withTimeout(Duration.ofMillis(500)), () -> { }));

        assertTrue(timeout.getMessage().contains("a navigation away from " + fixture.url("links.html")), timeout.getMessage());
    }

    @Test
    void setContentReplacesTheDocumentAndContentReadsItBack() {
        Page page = fixture.page();

        page.setContent("<!DOCTYPE html><html><head><title>Made here</title></head><body><p>hi</p></body></html>");

        assertEquals("Made here", page.title());
        assertEquals("<!DOCTYPE html><html><head><title>Made here</title></head><body><p>hi</p></body></html>", page.content());
    }

    @Test
    void badUrlsAndOptionsAreRejected() {
        Page page = fixture.page();

        IllegalArgumentException relative = assertThrows(IllegalArgumentException.class, () -> page.navigate("hello.html"));
        assertTrue(relative.getMessage().contains("'hello.html'"), relative.getMessage());
        assertThrows(IllegalArgumentException.class, () -> page.navigate(null));
        assertThrows(IllegalArgumentException.class, () -> page.navigate(" "));
        assertThrows(IllegalArgumentException.class, () -> NavigateOptions.defaults().withTimeout(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> page.setDefaultTimeout(Duration.ZERO));
    }

    @Test
    void theDefaultTimeoutAppliesToNavigation() {
        fixture.server().neverRespond("/stuck-too");
        Page page = fixture.page();
        page.setDefaultTimeout(SHORT);

        CdpTimeoutException timeout = assertThrows(CdpTimeoutException.class, () -> page.navigate(fixture.url("stuck-too")));

        assertEquals(SHORT, timeout.timeout());
        assertNotEquals(SHORT, fixture.browser().connection().options().callTimeout());
    }
}
