package io.cdpkit.cdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.cdpkit.cdp.protocol.browser.GetVersionResult;
import io.cdpkit.cdp.protocol.emulation.EmulationDomain;
import io.cdpkit.cdp.protocol.page.CaptureScreenshotFormat;
import io.cdpkit.cdp.protocol.page.CaptureScreenshotResult;
import io.cdpkit.cdp.protocol.page.LoadEventFired;
import io.cdpkit.cdp.protocol.page.PageDomain;
import io.cdpkit.cdp.protocol.runtime.ConsoleAPICalled;
import io.cdpkit.cdp.protocol.runtime.EvaluateResult;
import io.cdpkit.cdp.protocol.runtime.RuntimeDomain;
import io.cdpkit.cdp.testing.LocalPages;
import java.io.DataInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The connection, sessions and Browser layer against one real headless Chromium shared by the tests. */
@Timeout(60)
class BrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private static LocalPages pages;
    private static Browser browser;

    @TempDir
    Path temp;

    @BeforeAll
    static void launch() {
        pages = LocalPages.start();
        browser = Browser.launch();
    }

    @AfterAll
    static void close() {
        browser.close();
        pages.close();
    }

    @Test
    void versionNamesTheBrowser() {
        GetVersionResult version = browser.version();

        assertTrue(version.product().startsWith("HeadlessChrome/") || version.product().startsWith("Chrome/"),
                version.product());
        assertEquals("1.3", version.protocolVersion());
    }

    @Test
    void connectsToARunningBrowserByHttpEndpointAndByWebSocketUrl() {
        String http = browser.process().orElseThrow().httpUrl().toString();
        String ws = browser.process().orElseThrow().webSocketUrl().toString();

        try (Browser byHttp = Browser.connect(http); CdpConnection byWs = CdpConnection.connect(ws)) {
            assertEquals(ws, byHttp.connection().webSocketUrl().toString());
            assertEquals(browser.version().product(), byHttp.version().product());
            JsonNode raw = byWs.browserSession().send("Browser.getVersion", null);
            assertEquals(browser.version().userAgent(), raw.path("userAgent").asText());
        }

        assertTrue(browser.isConnected(), "closing a connected Browser only disconnects it");
        assertEquals("1.3", browser.version().protocolVersion());
    }

    @Test
    void typedCommandAndTypedEvent() {
        try (Page page = browser.newPage()) {
            CompletableFuture<LoadEventFired> loaded = page.session().waitFor(LoadEventFired.TYPE, event -> true, WAIT);

            page.session().send(PageDomain.navigate(pages.url("hello.html").toString()));

            assertTrue(loaded.join().timestamp().value() > 0);
            EvaluateResult title = page.session().send(RuntimeDomain.evaluate("document.title").withReturnByValue(true));
            assertEquals("Hello from cdpkit", title.result().value().asText());
        }
    }

    @Test
    void rawCallOfAMethodByName() {
        try (Page page = browser.newPage()) {
            JsonNode result = page.session().send("Runtime.evaluate",
                    JsonNodeFactory.instance.objectNode().put("expression", "6 * 7").put("returnByValue", true));

            assertEquals(42, result.path("result").path("value").asInt());
        }
    }

    @Test
    void unknownMethodFailsWithMethodNotFound() {
        CdpException error = assertThrows(CdpException.class, () -> browser.session().send("Nope.nothing", null));

        assertEquals(-32601, error.code());
        assertEquals("Nope.nothing", error.method());
        assertTrue(error.errorMessage().contains("Nope.nothing"), error.errorMessage());
    }

    @Test
    void pageNavigatesWaitingForLoadAndClosesCleanly() {
        Page page = browser.newPage();
        assertTrue(browser.pages().contains(page));
        assertTrue(browser.defaultContext().pages().contains(page));

        page.navigate(pages.url("hello.html").toString());
        EvaluateResult heading = page.session().send(
                RuntimeDomain.evaluate("document.getElementById('greeting').textContent").withReturnByValue(true));
        assertEquals("Hello", heading.result().value().asText());

        page.close();
        assertTrue(page.isClosed());
        assertFalse(browser.pages().contains(page));
    }

    @Test
    void navigationToAClosedPortFailsNamingTheError() {
        try (Page page = browser.newPage()) {
            NavigationException failure = assertThrows(NavigationException.class,
                    () -> page.navigate("http://127.0.0.1:9/unreachable"));
            assertTrue(failure.errorText().startsWith("net::ERR_"), failure.errorText());
        }
    }

    @Test
    void newContextIsIsolatedFromTheDefaultOne() {
        String origin = pages.url("hello.html").toString();
        try (Page writer = browser.newPage(); BrowserContext isolated = browser.newContext()) {
            writer.navigate(origin);
            evaluate(writer, "localStorage.setItem('who', 'default'); document.cookie = 'who=default'");
            Page stranger = isolated.newPage();
            stranger.navigate(origin);
            Page neighbour = browser.newPage();
            neighbour.navigate(origin);

            assertTrue(evaluate(stranger, "localStorage.getItem('who')").isNull());
            assertEquals("", evaluate(stranger, "document.cookie").asText());
            assertEquals("default", evaluate(neighbour, "localStorage.getItem('who')").asText());
            assertEquals("who=default", evaluate(neighbour, "document.cookie").asText());
            assertTrue(isolated.pages().contains(stranger));
            assertFalse(browser.defaultContext().pages().contains(stranger));
            assertTrue(browser.contexts().contains(isolated));
            neighbour.close();

            isolated.close();

            assertTrue(stranger.isClosed(), "disposing a context closes its pages");
            assertFalse(browser.contexts().contains(isolated));
        }
    }

    @Test
    void popupIsAttachedPausedSoNoneOfItsEventsIsMissed() throws Exception {
        CompletableFuture<Page> popupPage = new CompletableFuture<>();
        CompletableFuture<ConsoleAPICalled> firstLog = new CompletableFuture<>();
        try (Page opener = browser.newPage();
                Subscription watch = browser.onPage(candidate -> {
                    if (candidate.context() == browser.defaultContext() && !popupPage.isDone()
                            && candidate.session().targetInfo().openerId() != null) {
                        candidate.session().on(ConsoleAPICalled.TYPE, firstLog::complete);
                        candidate.session().send(RuntimeDomain.enable());
                        popupPage.complete(candidate);
                    }
                })) {
            opener.navigate(pages.url("hello.html").toString());

            evaluate(opener, "window.open('" + pages.url("popup.html") + "') !== null");

            Page popup = popupPage.get(20, TimeUnit.SECONDS);
            assertEquals(opener.targetId(), popup.session().targetInfo().openerId().value());
            ConsoleAPICalled log = firstLog.get(20, TimeUnit.SECONDS);
            assertEquals("popup-started", log.args().get(0).value().asText());
            assertTrue(browser.pages().contains(popup));
            popup.close();
        }
    }

    @Test
    void evaluateResultOf20MegabytesIsParsedWithDefaultOptions() {
        int length = 20 * 1024 * 1024;
        try (Page page = browser.newPage()) {
            EvaluateResult result = page.session().send(
                    RuntimeDomain.evaluate("'x'.repeat(" + length + ")").withReturnByValue(true));

            String value = result.result().value().asText();
            assertEquals(length, value.length());
            assertEquals('x', value.charAt(length - 1));
        }
    }

    @Test
    void fullPageScreenshotOfATallPageIsDecodedStraightToAFile() throws Exception {
        Path png = temp.resolve("tall.png");
        try (Page page = browser.newPage()) {
            page.navigate(pages.url("tall.html").toString());
            double contentHeight = page.session().send(PageDomain.getLayoutMetrics()).cssContentSize().height();
            page.session().send(EmulationDomain.setDeviceMetricsOverride(800, (int) contentHeight, 1, false));

            CaptureScreenshotResult result;
            try (OutputStream file = Files.newOutputStream(png)) {
                result = page.session().send(PageDomain.captureScreenshot()
                        .withFormat(CaptureScreenshotFormat.PNG).withCaptureBeyondViewport(true),
                        BinarySink.of("data", file));
            }

            assertNull(result.data());
            assertEquals(15000, (int) contentHeight);
            int[] size = pngSize(png);
            assertEquals(800, size[0]);
            assertEquals(15000, size[1]);
        }
    }

    @Test
    void listenerSendingABlockingCommandDoesNotDeadlock() throws Exception {
        try (Page page = browser.newPage()) {
            CompletableFuture<String> titleSeenByListener = new CompletableFuture<>();
            page.session().on(LoadEventFired.TYPE, loaded -> titleSeenByListener.complete(
                    page.session().send(RuntimeDomain.evaluate("document.title").withReturnByValue(true))
                            .result().value().asText()));

            page.navigate(pages.url("hello.html").toString());

            assertEquals("Hello from cdpkit", titleSeenByListener.get(20, TimeUnit.SECONDS));
        }
    }

    @Test
    void commandOnAClosedPageFailsWithSessionClosed() {
        Page page = browser.newPage();
        page.close();

        CdpSessionClosedException closed = assertThrows(CdpSessionClosedException.class,
                () -> page.session().send(RuntimeDomain.evaluate("1")));
        assertInstanceOf(CdpSessionClosedException.class, closed);
        assertEquals("Runtime.evaluate", closed.method());
    }

    @Test
    void defaultContextCannotBeClosedAndAClosedContextOpensNoPages() {
        IllegalStateException defaultClose = assertThrows(IllegalStateException.class,
                () -> browser.defaultContext().close());
        assertTrue(defaultClose.getMessage().contains("default"), defaultClose.getMessage());

        BrowserContext context = browser.newContext();
        context.close();
        context.close();

        assertTrue(context.isClosed());
        IllegalStateException newPage = assertThrows(IllegalStateException.class, context::newPage);
        assertTrue(newPage.getMessage().contains(context.id()), newPage.getMessage());
    }

    @Test
    void closedPageSubscriptionIsNotCalledForLaterPages() {
        List<Page> seen = new CopyOnWriteArrayList<>();
        Subscription subscription = browser.onPage(seen::add);
        Page first = browser.newPage();
        subscription.close();
        Page second = browser.newPage();

        assertEquals(List.of(first), seen, "onPage runs before newPage returns, and not after unsubscribing");
        first.close();
        second.close();
    }

    private static JsonNode evaluate(Page page, String expression) {
        return page.session().send(RuntimeDomain.evaluate(expression).withReturnByValue(true)).result().value();
    }

    /** Width and height from the PNG's IHDR chunk (bytes 16..23, big-endian). */
    private static int[] pngSize(Path png) throws Exception {
        try (InputStream in = Files.newInputStream(png); DataInputStream data = new DataInputStream(in)) {
            byte[] header = new byte[16];
            data.readFully(header);
            assertEquals(0x89, header[0] & 0xff, "PNG signature");
            assertEquals("IHDR", new String(header, 12, 4, java.nio.charset.StandardCharsets.US_ASCII));
            return new int[] {data.readInt(), data.readInt()};
        }
    }
}
