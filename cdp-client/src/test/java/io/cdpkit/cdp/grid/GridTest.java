package io.cdpkit.cdp.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.cdpkit.cdp.Browser;
import io.cdpkit.cdp.Page;
import io.cdpkit.cdp.protocol.emulation.EmulationDomain;
import io.cdpkit.cdp.protocol.page.PageDomain;
import io.cdpkit.cdp.testing.Await;
import io.cdpkit.cdp.testing.CdpkitThreads;
import io.cdpkit.cdp.testing.EngineTestKitOnly;
import io.cdpkit.cdp.testing.ExtensionSamples;
import io.cdpkit.cdp.testing.LocalPages;
import io.cdpkit.cdp.testing.Png;
import io.cdpkit.cdp.testing.SeleniumGrid;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * {@link Browser#connectGrid} end to end against a real Selenium Grid standalone on loopback
 * (two Chromium slots) and pages served from 127.0.0.1.
 */
@Timeout(120)
class GridTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static SeleniumGrid grid;
    private static LocalPages pages;

    @BeforeAll
    static void startGrid() throws Exception {
        pages = LocalPages.start();
        grid = SeleniumGrid.start(2);
    }

    @AfterAll
    static void stopGrid() throws Exception {
        try {
            grid.close();
            assertEquals(List.of(), grid.strayProcesses(), "processes the Grid started outlive it");
        } finally {
            pages.close();
        }
    }

    @AfterEach
    void gridIsEmptyAgain() throws Exception {
        Await.until("the Grid to have no session and no queued request", WAIT,
                () -> sessionsAndQueue() == 0);
    }

    private static GridOptions.Builder options() {
        return GridOptions.builder().args(SeleniumGrid.CHROMIUM_FLAGS.toArray(String[]::new));
    }

    @Test
    void twoSessionsAtOnceEachScreenshotALocalPage() throws Exception {
        String page = pages.url("hello.html").toString();
        String viaLocalhost = "http://localhost:" + grid.url().getPort();

        CompletableFuture<Browser> first = CompletableFuture.supplyAsync(() -> Browser.connectGrid(grid.url().toString(), options().build()));
        CompletableFuture<Browser> second = CompletableFuture.supplyAsync(() -> Browser.connectGrid(viaLocalhost, options().build()));
        Browser closedTwice;
        try (Browser one = first.join(); Browser two = second.join()) {
            closedTwice = one;
            assertEquals(2, grid.activeSessions());
            assertNotEquals(one.gridSession().orElseThrow().id(), two.gridSession().orElseThrow().id());
            assertEquals("localhost", two.connection().webSocketUrl().getHost(),
                    "the CDP URL uses the host the Grid was reached by, not the one it reports");

            for (Browser browser : List.of(one, two)) {
                Png png = Png.read(screenshot(browser, page, 640, 360));
                assertEquals(new Png(640, 360), png);
            }
        }

        closedTwice.close();
        assertTrue(closedTwice.gridSession().orElseThrow().isClosed());
        assertFalse(closedTwice.isConnected());
        Await.until("closing the Browsers to delete their Grid sessions", WAIT, () -> grid.activeSessions() == 0);
        Await.until("the Grid's drivers and browsers to end", WAIT, () -> grid.driverAndBrowserProcesses().isEmpty());
        Await.until("cdpkit's connection threads to end", WAIT, () -> CdpkitThreads.alive().isEmpty());
    }

    private static byte[] screenshot(Browser browser, String url, int width, int height) {
        Page page = browser.newContext().newPage();
        page.session().send(EmulationDomain.setDeviceMetricsOverride(width, height, 1, false));
        page.navigate(url);
        return page.session().send(PageDomain.captureScreenshot()).data().decode();
    }

    @Test
    void theJUnitExtensionGetsItsBrowserFromTheGridWhenToldTo() {
        ExtensionSamples.reset(pages.url("hello.html").toString(), pages.url("hello.html").toString());

        EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(ExtensionSamples.RecordsBrowser.class))
                .configurationParameter(EngineTestKitOnly.PARAMETER, "true")
                .configurationParameter("cdpkit.gridUrl", grid.url().toString())
                .configurationParameter("cdpkit.browserArgs", String.join(" ", SeleniumGrid.CHROMIUM_FLAGS))
                .execute()
                .testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));

        Browser fromGrid = ExtensionSamples.BROWSERS.get(0);
        assertTrue(fromGrid.gridSession().orElseThrow().isClosed(), "the Grid session is deleted after the class");
        assertFalse(fromGrid.isConnected());
    }

    @Test
    void aFullGridTimesOutAndTheQueuedRequestIsWithdrawn() throws Exception {
        try (GridSession one = GridSession.create(grid.url().toString(), options().build());
                GridSession two = GridSession.create(grid.url().toString(), options().build())) {
            GridOptions third = options().sessionTimeout(Duration.ofSeconds(2)).build();

            GridTimeoutException timeout = assertThrows(GridTimeoutException.class,
                    () -> Browser.connectGrid(grid.url().toString(), third));

            assertEquals(Duration.ofSeconds(2), timeout.timeout());
            assertTrue(timeout.getMessage().contains("queues a new session"), timeout.getMessage());
            Await.until("the Grid to drop the abandoned request from its queue", WAIT,
                    () -> grid.queuedRequests() == 0);
            assertEquals(2, grid.activeSessions());
        }
    }

    @Test
    void capabilitiesNoNodeMatchesTimeOutInsteadOfWaitingForTheGridsFiveMinutes() {
        GridOptions impossible = options().browserName("no-such-browser").sessionTimeout(Duration.ofSeconds(2)).build();

        GridTimeoutException timeout = assertThrows(GridTimeoutException.class,
                () -> Browser.connectGrid(grid.url().toString(), impossible));

        assertTrue(timeout.getMessage().startsWith("POST " + grid.url() + "session got no answer within 2000 ms"),
                timeout.getMessage());
    }

    @Test
    void aRefusedSessionIsATypedErrorWithTheGridsMessage() throws Exception {
        GridOptions refused = options().capability("pageLoadStrategy", "bogus").build();

        SessionNotCreatedException error = assertThrows(SessionNotCreatedException.class,
                () -> Browser.connectGrid(grid.url().toString(), refused));

        assertEquals("session not created", error.error());
        assertEquals(500, error.status());
        assertTrue(error.gridMessage().contains("pageLoadStrategy"), error.gridMessage());
        assertTrue(error.getMessage().contains(error.gridMessage()), error.getMessage());
        assertEquals(0, grid.activeSessions());
    }

    @Test
    void nothingListeningIsAnUnreachableGrid() throws Exception {
        String nowhere = "http://127.0.0.1:" + closedPort();

        GridUnreachableException error = assertThrows(GridUnreachableException.class, () -> Browser.connectGrid(nowhere));

        assertTrue(error.getMessage().startsWith("No Selenium Grid reachable at " + nowhere), error.getMessage());
        assertEquals(nowhere + "/session", error.requestUri().toString());
    }

    @Test
    void aWebServerThatIsNoGridIsToldApart() {
        GridException error = assertThrows(GridException.class, () -> Browser.connectGrid(pages.baseUrl().toString()));

        assertTrue(error.getMessage().contains("answered HTTP 404 with something that is not WebDriver JSON"),
                error.getMessage());
        assertTrue(error.getMessage().endsWith("is this the URL of a Selenium Grid?"), error.getMessage());
    }

    @Test
    void aMalformedGridUrlIsRejectedByName() {
        for (String bad : List.of("ftp://127.0.0.1:4444", "127.0.0.1:4444", "http://127.0.0.1:4444/?x=1", "http://[::1")) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Browser.connectGrid(bad));

            assertTrue(error.getMessage().startsWith("Not a valid Selenium Grid URL: '" + bad + "'"), error.getMessage());
        }
    }

    private static int sessionsAndQueue() {
        return grid.activeSessions() + grid.queuedRequests();
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
