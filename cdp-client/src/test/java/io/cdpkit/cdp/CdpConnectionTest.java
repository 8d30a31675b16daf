package io.cdpkit.cdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cdpkit.cdp.protocol.browser.BrowserDomain;
import io.cdpkit.cdp.protocol.browser.GetVersionResult;
import io.cdpkit.cdp.protocol.page.CaptureScreenshotResult;
import io.cdpkit.cdp.protocol.page.LoadEventFired;
import io.cdpkit.cdp.protocol.page.PageDomain;
import io.cdpkit.cdp.protocol.target.AttachedToTarget;
import io.cdpkit.cdp.testing.Await;
import io.cdpkit.cdp.testing.CdpkitThreads;
import io.cdpkit.cdp.testing.ScriptedPeer;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The JSON-RPC core against a real WebSocket server (Jetty) scripted as the browser: id
 * correlation, field order, session routing, event order, timeouts, errors and connection loss.
 */
@Timeout(30)
class CdpConnectionTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ScriptedPeer peer;
    private CdpConnection cdp;

    @BeforeEach
    void connect() throws Exception {
        peer = ScriptedPeer.start();
        cdp = CdpConnection.connect(peer.uri(), CdpOptions.defaults());
    }

    @AfterEach
    void close() throws Exception {
        cdp.close();
        peer.close();
    }

    @Test
    void matchesRepliesToCallsByIdWhateverTheirOrder() throws Exception {
        List<CompletableFuture<JsonNode>> calls = new ArrayList<>();
        List<ObjectNode> requests = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            calls.add(cdp.browserSession().sendAsync("Test.echo", NODES.objectNode().put("n", i)));
            requests.add(peer.nextRequest("Test.echo"));
        }

        for (int i = 2; i >= 0; i--) {
            peer.reply(requests.get(i), "{\"echoed\":" + requests.get(i).path("params").path("n").asInt() + "}");
        }

        for (int i = 0; i < 3; i++) {
            assertEquals(i, calls.get(i).get(10, TimeUnit.SECONDS).path("echoed").asInt());
        }
    }

    @Test
    void typedCommandIsSentAsJsonRpcAndItsResultDecodedToTheRecord() throws Exception {
        CompletableFuture<GetVersionResult> version = cdp.browserSession().sendAsync(BrowserDomain.getVersion());

        ObjectNode request = peer.nextRequest("Browser.getVersion");
        assertTrue(request.path("id").isIntegralNumber(), request.toString());
        assertEquals(NODES.objectNode(), request.path("params"));
        assertFalse(request.has("sessionId"), "browser-session calls carry no sessionId");
        peer.reply(request, "{\"protocolVersion\":\"1.3\",\"product\":\"Scripted/1.0\",\"revision\":\"r1\","
                + "\"userAgent\":\"UA\",\"jsVersion\":\"12\",\"someNewField\":[1,2]}");

        GetVersionResult result = version.get(10, TimeUnit.SECONDS);
        assertEquals("Scripted/1.0", result.product());
        assertEquals("1.3", result.protocolVersion());
    }

    @Test
    void resultArrivingBeforeItsIdIsBufferedThenDecoded() throws Exception {
        CompletableFuture<GetVersionResult> version = cdp.browserSession().sendAsync(BrowserDomain.getVersion());
        long id = peer.nextRequest("Browser.getVersion").path("id").asLong();

        peer.send("{\"result\":{\"product\":\"Late/2\",\"protocolVersion\":\"1.3\"},\"id\":" + id + "}");

        assertEquals("Late/2", version.get(10, TimeUnit.SECONDS).product());
    }

    @Test
    void sessionCallsCarryTheSessionIdAndRepliesWithTrailingSessionIdComplete() throws Exception {
        CdpSession page = attachedSession("S1");

        CompletableFuture<JsonNode> call = page.sendAsync("Page.enable", null);
        ObjectNode request = peer.nextRequest("Page.enable");
        assertEquals("S1", request.path("sessionId").asText());
        peer.send("{\"id\":" + request.path("id").asLong() + ",\"result\":{\"ok\":true},\"sessionId\":\"S1\"}");

        assertTrue(call.get(10, TimeUnit.SECONDS).path("ok").asBoolean());
        assertEquals("T-S1", page.targetId());
        assertEquals("page", page.targetInfo().type());
    }

    @Test
    void eventsGoToTheListenersOfTheirOwnSessionInArrivalOrder() throws Exception {
        CdpSession a = attachedSession("A");
        CdpSession b = attachedSession("B");
        List<Integer> seenByA = new CopyOnWriteArrayList<>();
        List<Integer> seenByB = new CopyOnWriteArrayList<>();
        List<Integer> seenByBrowser = new CopyOnWriteArrayList<>();
        a.onRaw("Test.tick", params -> seenByA.add(params.path("n").asInt()));
        b.onRaw("Test.tick", params -> seenByB.add(params.path("n").asInt()));
        cdp.browserSession().onRaw("Test.tick", params -> seenByBrowser.add(params.path("n").asInt()));

        int count = 300;
        for (int n = 0; n < count; n++) {
            peer.event(n % 3 == 0 ? "B" : "A", "Test.tick", "{\"n\":" + n + "}");
        }
        peer.event(null, "Test.tick", "{\"n\":-1}");

        Await.until("all ticks delivered", WAIT, () -> seenByA.size() + seenByB.size() == count);
        List<Integer> expectedA = new ArrayList<>();
        List<Integer> expectedB = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            (n % 3 == 0 ? expectedB : expectedA).add(n);
        }
        assertEquals(expectedA, seenByA);
        assertEquals(expectedB, seenByB);
        Await.until("the browser-session tick", WAIT, () -> seenByBrowser.equals(List.of(-1)));
    }

    @Test
    void typedListenersGetRecordsAndUnknownEventsStillReachRawListeners() throws Exception {
        CompletableFuture<LoadEventFired> typed = new CompletableFuture<>();
        CompletableFuture<JsonNode> unknown = new CompletableFuture<>();
        cdp.browserSession().on(LoadEventFired.TYPE, typed::complete);
        cdp.browserSession().onRaw("Future.somethingNew", unknown::complete);

        peer.event(null, "Future.somethingNew", "{\"shiny\":true}");
        peer.event(null, "Page.loadEventFired", "{\"timestamp\":12.5}");

        assertTrue(unknown.get(10, TimeUnit.SECONDS).path("shiny").asBoolean());
        assertEquals(12.5, typed.get(10, TimeUnit.SECONDS).timestamp().value());
    }

    @Test
    void closedSubscriptionGetsNoMoreEvents() throws Exception {
        List<Integer> seen = new CopyOnWriteArrayList<>();
        CompletableFuture<JsonNode> marker = new CompletableFuture<>();
        Subscription subscription = cdp.browserSession().onRaw("Test.tick", params -> seen.add(params.path("n").asInt()));
        peer.event(null, "Test.tick", "{\"n\":1}");
        Await.until("the first tick", WAIT, () -> seen.size() == 1);

        subscription.close();
        cdp.browserSession().onRaw("Test.marker", marker::complete);
        peer.event(null, "Test.tick", "{\"n\":2}");
        peer.event(null, "Test.marker", "{}");

        marker.get(10, TimeUnit.SECONDS);
        assertEquals(List.of(1), seen);
    }

    @Test
    void waitForSkipsEventsThatDoNotMatchAndTimesOutNamingTheEvent() throws Exception {
        CompletableFuture<LoadEventFired> late = cdp.browserSession()
                .waitFor(LoadEventFired.TYPE, event -> event.timestamp().value() > 2, WAIT);
        peer.event(null, "Page.loadEventFired", "{\"timestamp\":1}");
        peer.event(null, "Page.loadEventFired", "{\"timestamp\":3}");
        assertEquals(3, late.get(10, TimeUnit.SECONDS).timestamp().value());

        CompletableFuture<LoadEventFired> never = cdp.browserSession()
                .waitFor(LoadEventFired.TYPE, event -> true, Duration.ofMillis(200));
        ExecutionException failure = assertThrows(ExecutionException.class, () -> never.get(10, TimeUnit.SECONDS));
        CdpTimeoutException timeout = assertInstanceOf(CdpTimeoutException.class, failure.getCause());
        assertTrue(timeout.getMessage().contains("Page.loadEventFired"), timeout.getMessage());
        assertEquals("Page.loadEventFired", timeout.method());
    }

    @Test
    void callWithoutReplyTimesOutNamingTheMethodAndTimeout() throws Exception {
        CdpTimeoutException timeout = assertThrows(CdpTimeoutException.class,
                () -> cdp.browserSession().send(PageDomain.bringToFront(), Duration.ofMillis(300)));

        assertEquals("Page.bringToFront", timeout.method());
        assertEquals(Duration.ofMillis(300), timeout.timeout());
        assertTrue(timeout.getMessage().contains("Page.bringToFront") && timeout.getMessage().contains("300 ms"),
                timeout.getMessage());
        assertTrue(List.of(timeout.getStackTrace()).stream()
                .anyMatch(frame -> frame.getMethodName().equals("lambda$callWithoutReplyTimesOutNamingTheMethodAndTimeout$0")
                        || frame.getClassName().equals(CdpConnectionTest.class.getName())),
                "the blocking call's exception shows the caller's stack");
    }

    @Test
    void errorReplyBecomesCdpExceptionWithAllItsFields() throws Exception {
        CompletableFuture<JsonNode> call = cdp.browserSession().sendAsync("DOM.querySelector", NODES.objectNode());
        ObjectNode request = peer.nextRequest("DOM.querySelector");
        peer.send("{\"id\":" + request.path("id").asLong()
                + ",\"error\":{\"code\":-32602,\"message\":\"Invalid parameters\",\"data\":\"Failed to deserialize params.nodeId\"}}");

        ExecutionException failure = assertThrows(ExecutionException.class, () -> call.get(10, TimeUnit.SECONDS));
        CdpException error = assertInstanceOf(CdpException.class, failure.getCause());
        assertEquals("DOM.querySelector", error.method());
        assertEquals(-32602, error.code());
        assertEquals("Invalid parameters", error.errorMessage());
        assertEquals("Failed to deserialize params.nodeId", error.data());
        assertTrue(error.getMessage().contains("DOM.querySelector") && error.getMessage().contains("-32602"));
    }

    @Test
    void droppedConnectionFailsEveryPendingCallAtOnceAndLaterCallsFailFast() throws Exception {
        List<CompletableFuture<JsonNode>> pending = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            pending.add(cdp.browserSession().sendAsync("Test.hang" + i, null, Duration.ofMinutes(5)));
            peer.nextRequest();
        }

        peer.drop();

        for (CompletableFuture<JsonNode> call : pending) {
            ExecutionException failure = assertThrows(ExecutionException.class, () -> call.get(10, TimeUnit.SECONDS));
            assertInstanceOf(CdpConnectionClosedException.class, failure.getCause());
        }
        assertTrue(cdp.closed().get(10, TimeUnit.SECONDS).contains("WebSocket"));
        assertFalse(cdp.isOpen());
        CompletableFuture<JsonNode> later = cdp.browserSession().sendAsync("Test.after", null);
        assertTrue(later.isCompletedExceptionally(), "a call on a closed connection fails at once");
        CdpConnectionClosedException closed = assertThrows(CdpConnectionClosedException.class,
                () -> cdp.browserSession().send("Test.after", null));
        assertEquals("Test.after", closed.method());
    }

    @Test
    void clientCloseFailsPendingCallsWithTheReasonAndStopsTheConnectionThreads() throws Exception {
        CompletableFuture<JsonNode> call = cdp.browserSession().sendAsync("Test.hang", null);
        peer.nextRequest("Test.hang");

        cdp.close();

        ExecutionException failure = assertThrows(ExecutionException.class, () -> call.get(10, TimeUnit.SECONDS));
        CdpConnectionClosedException closed = assertInstanceOf(CdpConnectionClosedException.class, failure.getCause());
        assertTrue(closed.reason().contains("closed by the client"), closed.getMessage());
        Await.until("the connection's threads to end", WAIT, () -> CdpkitThreads.alive().isEmpty());
    }

    @Test
    void listenerMayCallABlockingCommand() throws Exception {
        CompletableFuture<String> answer = new CompletableFuture<>();
        cdp.browserSession().onRaw("Test.ask", params ->
                answer.complete(cdp.browserSession().send("Test.lookup", params).path("answer").asText()));

        peer.event(null, "Test.ask", "{\"q\":\"life\"}");
        ObjectNode lookup = peer.nextRequest("Test.lookup");
        peer.reply(lookup, "{\"answer\":\"42\"}");

        assertEquals("42", answer.get(10, TimeUnit.SECONDS));
    }

    @Test
    void futureCallbackMayCallABlockingCommand() throws Exception {
        CompletableFuture<String> chained = cdp.browserSession().sendAsync("Test.first", null)
                .thenApply(first -> cdp.browserSession().send("Test.second", first).path("v").asText());

        peer.reply(peer.nextRequest("Test.first"), "{\"v\":\"one\"}");
        ObjectNode second = peer.nextRequest("Test.second");
        assertEquals("one", second.path("params").path("v").asText());
        peer.reply(second, "{\"v\":\"two\"}");

        assertEquals("two", chained.get(10, TimeUnit.SECONDS));
    }

    @Test
    void slowListenerInOneSessionDoesNotHoldUpAnotherSession() throws Exception {
        CdpSession slow = attachedSession("SLOW");
        CdpSession fast = attachedSession("FAST");
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch slowStarted = new CountDownLatch(1);
        CompletableFuture<JsonNode> fastEvent = new CompletableFuture<>();
        slow.onRaw("Test.tick", params -> {
            slowStarted.countDown();
            awaitQuietly(release);
        });
        fast.onRaw("Test.tick", fastEvent::complete);

        peer.event("SLOW", "Test.tick", "{}");
        assertTrue(slowStarted.await(10, TimeUnit.SECONDS));
        peer.event("FAST", "Test.tick", "{\"n\":7}");

        try {
            assertEquals(7, fastEvent.get(10, TimeUnit.SECONDS).path("n").asInt());
        } finally {
            release.countDown();
        }
    }

    @Test
    void detachEndsTheSessionFailingItsPendingCallsAndWaits() throws Exception {
        CdpSession page = attachedSession("GONE");
        CompletableFuture<JsonNode> pendingCall = page.sendAsync("Page.hang", null);
        CompletableFuture<LoadEventFired> pendingWait = page.waitFor(LoadEventFired.TYPE, event -> true, WAIT);
        peer.nextRequest("Page.hang");

        peer.event(null, "Target.detachedFromTarget", "{\"sessionId\":\"GONE\",\"targetId\":\"T-GONE\"}");

        ExecutionException callFailure = assertThrows(ExecutionException.class, () -> pendingCall.get(10, TimeUnit.SECONDS));
        CdpSessionClosedException closed = assertInstanceOf(CdpSessionClosedException.class, callFailure.getCause());
        assertFalse(closed instanceof CdpConnectionClosedException);
        assertEquals("GONE", closed.sessionId());
        ExecutionException waitFailure = assertThrows(ExecutionException.class, () -> pendingWait.get(10, TimeUnit.SECONDS));
        assertInstanceOf(CdpSessionClosedException.class, waitFailure.getCause());
        assertEquals("the target detached", page.detached().get(10, TimeUnit.SECONDS));
        assertFalse(page.isAttached());
        assertTrue(cdp.session("GONE").isEmpty());
        assertThrows(CdpSessionClosedException.class, () -> page.send("Page.enable", null));
        assertTrue(cdp.isOpen(), "only the session ended");
    }

    @Test
    void binaryFieldIsDecodedStraightIntoTheStream() throws Exception {
        byte[] image = new byte[3 * 1024 * 1024 + 1];
        new Random(42).nextBytes(image);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        CompletableFuture<CaptureScreenshotResult> shot = cdp.browserSession()
                .sendAsync(PageDomain.captureScreenshot(), BinarySink.of("data", out));
        peer.reply(peer.nextRequest("Page.captureScreenshot"),
                "{\"data\":\"" + Base64.getEncoder().encodeToString(image) + "\"}");

        assertNull(shot.get(10, TimeUnit.SECONDS).data(), "the streamed field is left out of the record");
        assertTrue(java.util.Arrays.equals(image, out.toByteArray()));
    }

    @Test
    void binaryFieldIsDecodedFromTheBufferWhenTheIdComesLast() throws Exception {
        byte[] bytes = "not a real PNG, but bytes all the same".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        CompletableFuture<CaptureScreenshotResult> shot = cdp.browserSession()
                .sendAsync(PageDomain.captureScreenshot(), BinarySink.of("data", out));
        long id = peer.nextRequest("Page.captureScreenshot").path("id").asLong();
        peer.send("{\"result\":{\"data\":\"" + Base64.getEncoder().encodeToString(bytes) + "\"},\"id\":" + id + "}");

        shot.get(10, TimeUnit.SECONDS);
        assertEquals(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), out.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void stringLongerThanJacksonsDefaultLimitIsDecoded() throws Exception {
        int length = 21 * 1024 * 1024;
        CompletableFuture<JsonNode> call = cdp.browserSession().sendAsync("Runtime.evaluate", null);
        peer.reply(peer.nextRequest("Runtime.evaluate"),
                "{\"result\":{\"type\":\"string\",\"value\":\"" + "x".repeat(length) + "\"}}");

        assertEquals(length, call.get(20, TimeUnit.SECONDS).path("result").path("value").asText().length());
    }

    @Test
    void resultThatDoesNotFitItsRecordFailsOnlyThatCall() throws Exception {
        CompletableFuture<GetVersionResult> bad = cdp.browserSession().sendAsync(BrowserDomain.getVersion());
        ObjectNode request = peer.nextRequest("Browser.getVersion");
        peer.send("{\"id\":" + request.path("id").asLong()
                + ",\"result\":{\"product\":{\"unexpected\":[1,{\"deep\":true}]},\"revision\":\"r\"},\"sessionId\":\"none\"}");

        ExecutionException failure = assertThrows(ExecutionException.class, () -> bad.get(10, TimeUnit.SECONDS));
        UncheckedIOException undecodable = assertInstanceOf(UncheckedIOException.class, failure.getCause());
        assertTrue(undecodable.getMessage().contains("Browser.getVersion"), undecodable.getMessage());

        CompletableFuture<JsonNode> next = cdp.browserSession().sendAsync("Test.next", null);
        peer.reply(peer.nextRequest("Test.next"), "{\"fine\":true}");
        assertTrue(next.get(10, TimeUnit.SECONDS).path("fine").asBoolean());
    }

    @Test
    void messageThatIsNotJsonIsSkipped() throws Exception {
        CompletableFuture<JsonNode> call = cdp.browserSession().sendAsync("Test.after", null);
        ObjectNode request = peer.nextRequest("Test.after");

        peer.send("{this is not json");
        peer.send("[]");
        peer.reply(request, "{\"still\":\"working\"}");

        assertEquals("working", call.get(10, TimeUnit.SECONDS).path("still").asText());
    }

    @Test
    void badArgumentsAreRejectedNamingTheValue() {
        CdpSession browser = cdp.browserSession();
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> browser.sendAsync(BrowserDomain.getVersion(), Duration.ZERO));
        assertTrue(zero.getMessage().contains("PT0S"), zero.getMessage());
        IllegalArgumentException notObject = assertThrows(IllegalArgumentException.class,
                () -> browser.sendAsync("Test.x", NODES.arrayNode().add(1)));
        assertTrue(notObject.getMessage().contains("[1]"), notObject.getMessage());
        assertThrows(IllegalArgumentException.class, () -> browser.sendAsync(" ", null));
        assertThrows(IllegalArgumentException.class, () -> BinarySink.of("", new ByteArrayOutputStream()));
    }

    /** Announces a page session and waits until the connection knows it. */
    private CdpSession attachedSession(String sessionId) throws Exception {
        CompletableFuture<AttachedToTarget> announced = cdp.browserSession()
                .waitFor(AttachedToTarget.TYPE, event -> event.sessionId().value().equals(sessionId), WAIT);
        peer.attach(sessionId);
        announced.get(10, TimeUnit.SECONDS);
        return cdp.session(sessionId).orElseThrow();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
