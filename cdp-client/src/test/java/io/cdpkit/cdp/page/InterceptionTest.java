package io.cdpkit.cdp.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdpkit.cdp.InterceptedRequest;
import io.cdpkit.cdp.NavigationException;
import io.cdpkit.cdp.Page;
import io.cdpkit.cdp.Response;
import io.cdpkit.cdp.Subscription;
import io.cdpkit.cdp.protocol.fetch.RequestPaused;
import io.cdpkit.cdp.testing.LocalPages.RecordedRequest;
import io.cdpkit.cdp.testing.PageFixture;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Request interception through the Fetch domain: fulfil, abort, continue, and the automatic continue. */
@Timeout(60)
class InterceptionTest {

    private static final String FETCH_TEXT = "path => fetch(path).then(r => r.text(), e => 'failed: ' + e.message)";

    @RegisterExtension
    static final PageFixture fixture = new PageFixture();

    private Page page;
    private int requestsBefore;

    @BeforeEach
    void openHello() {
        fixture.server().respond("/api/data", 200, "text/plain", "from the server");
        page = fixture.open("hello.html");
        requestsBefore = fixture.server().requests().size();
    }

    @Test
    void fulfilAnswersWithOurOwnBody() {
        page.intercept("*/api/*", request -> request.fulfill(200, "text/plain", "from cdpkit"));

        assertEquals("from cdpkit", fetchText("/api/data"));
        assertEquals(0, serverHits("/api/data"));
    }

    @Test
    void fulfilledDocumentIsShownByThePage() {
        page.intercept("*/virtual.html", request -> request.fulfill(201, Map.of("Content-Type", "text/html", "X-Made-By", "cdpkit"),
                "<title>Virtual</title><p id=made>made up</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        Response response = page.navigate(fixture.url("virtual.html"));

        assertEquals(201, response.status());
        assertEquals("cdpkit", response.header("x-made-by"));
        assertEquals("Virtual", page.title());
        assertEquals("made up", page.querySelector("#made").textContent());
        assertEquals(0, serverHits("/virtual.html"));
    }

    @Test
    void abortMakesThePageSeeANetworkFailure() {
        page.intercept("*/api/*", InterceptedRequest::abort);

        assertEquals("failed: Failed to fetch", fetchText("/api/data"));
        assertEquals(0, serverHits("/api/data"));
    }

    @Test
    void abortedDocumentFailsTheNavigation() {
        page.intercept("*/blocked.html", request -> request.abort("BlockedByClient"));

        NavigationException failure = assertThrows(NavigationException.class, () -> page.navigate(fixture.url("blocked.html")));

        assertEquals("net::ERR_BLOCKED_BY_CLIENT", failure.errorText());
    }

    @Test
    void continueWithHeadersReachesTheServerAndTheRequestIsDescribed() {
        List<InterceptedRequest> seen = new CopyOnWriteArrayList<>();
        page.intercept("*/api/*", request -> {
            seen.add(request);
            request.continueRequest(Map.of("X-Added", "by-interceptor"));
        });

        String answer = page.evaluate("() => fetch('/api/data', { method: 'POST', body: 'ping', headers: { 'X-From-Page': 'yes' } })"
                + ".then(r => r.text())").asText();

        assertEquals("from the server", answer);
        InterceptedRequest request = seen.get(0);
        assertEquals("POST", request.method());
        assertEquals("ping", request.postData());
        assertTrue(List.of("Fetch", "XHR").contains(request.resourceType()), request.resourceType());
        assertEquals(fixture.url("api/data"), request.url());
        assertEquals("yes", request.headers().get("X-From-Page"));
        assertTrue(request.isDecided());
        assertEquals("by-interceptor", requestsTo("/api/data").get(0).header("X-Added"));
    }

    @Test
    void aHandlerThatThrowsHasItsRequestContinued() {
        page.intercept("*/api/*", request -> {
            throw new IllegalStateException("handler bug");
        });

        assertEquals("from the server", fetchText("/api/data"));
    }

    @Test
    void aRequestLeftUndecidedIsContinuedAfterTheTimeout() {
        CompletableFuture<InterceptedRequest> parked = new CompletableFuture<>();
        page.intercept("*/api/*", Duration.ofMillis(300), parked::complete);

        assertEquals("from the server", fetchText("/api/data"));
        assertTrue(parked.join().isDecided());
        assertThrows(IllegalStateException.class, () -> parked.join().fulfill(200, "text/plain", "too late"));
    }

    @Test
    void eachRequestGoesToTheLastRegisteredMatchingHandler() {
        page.intercept("*/api/*", request -> request.fulfill(200, "text/plain", "general"));
        page.intercept("*/api/special*", request -> request.fulfill(200, "text/plain", "special"));

        assertEquals("general", fetchText("/api/data"));
        assertEquals("special", fetchText("/api/special?id=1"));
    }

    @Test
    void unsubscribingRestoresTheNetworkAndDisablesFetch() {
        List<RequestPaused> paused = new CopyOnWriteArrayList<>();
        page.session().on(RequestPaused.TYPE, paused::add);
        Subscription first = page.intercept("*/api/*", request -> request.fulfill(200, "text/plain", "first"));
        Subscription second = page.intercept("*/hello.html*", InterceptedRequest::continueRequest);
        assertEquals("first", fetchText("/api/data"));

        first.close();
        assertEquals("from the server", fetchText("/api/data"));
        second.close();
        int pausedBefore = paused.size();
        assertEquals("from the server", fetchText("/api/data"));
        page.navigate(fixture.url("hello.html"));

        assertEquals(pausedBefore, paused.size(), "no request is paused once no interceptor is left");
        assertEquals(1, pausedBefore);
    }

    @Test
    void aRequestIsDecidedOnOnlyOnce() {
        CompletableFuture<RuntimeException> second = new CompletableFuture<>();
        page.intercept("*/api/*", request -> {
            request.fulfill(200, "text/plain", "first answer");
            second.complete(assertThrows(IllegalStateException.class, request::continueRequest));
        });

        assertEquals("first answer", fetchText("/api/data"));
        assertTrue(second.join().getMessage().contains("already decided"), second.join().getMessage());
    }

    @Test
    void badPatternsAndReasonsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> page.intercept(" ", request -> { }));
        assertThrows(IllegalArgumentException.class, () -> page.intercept("*\\", request -> { }));
        assertThrows(IllegalArgumentException.class, () -> page.intercept("*", Duration.ZERO, request -> { }));
        CompletableFuture<RuntimeException> rejected = new CompletableFuture<>();
        page.intercept("*/api/*", request -> {
            rejected.complete(assertThrows(IllegalArgumentException.class, () -> request.abort("Oops")));
            rejected.complete(null);
            assertThrows(IllegalArgumentException.class, () -> request.fulfill(99, "text/plain", ""));
            request.continueRequest();
        });

        assertEquals("from the server", fetchText("/api/data"));
        assertTrue(rejected.join().getMessage().contains("'Oops'"), rejected.join().getMessage());
        assertEquals(1, requestsTo("/api/data").size());
    }

    private String fetchText(String path) {
        return page.evaluate(FETCH_TEXT, path).asText();
    }

    private long serverHits(String path) {
        return requestsTo(path).size();
    }

    /** The requests for {@code path} the server got during this test. */
    private List<RecordedRequest> requestsTo(String path) {
        List<RecordedRequest> all = fixture.server().requests();
        return all.subList(requestsBefore, all.size()).stream().filter(request -> request.uri().getPath().equals(path)).toList();
    }
}
