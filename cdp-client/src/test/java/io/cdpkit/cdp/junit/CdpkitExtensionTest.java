package io.cdpkit.cdp.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import io.cdpkit.cdp.Browser;
import io.cdpkit.cdp.BrowserContext;
import io.cdpkit.cdp.testing.Await;
import io.cdpkit.cdp.testing.EngineTestKitOnly;
import io.cdpkit.cdp.testing.ExtensionSamples;
import io.cdpkit.cdp.testing.LocalPages;
import io.cdpkit.cdp.testing.Png;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * The {@link CdpkitExtension} seen from the outside: the {@link ExtensionSamples} run through
 * JUnit's EngineTestKit against real Chromium and pages served from 127.0.0.1, and the tests check
 * what they were given, what the extension closed and what it reported. Most runs connect to one
 * Chromium shared by the tests ({@code cdpkit.browserUrl}), which is much quicker than launching
 * one per sample class; closing a connected browser disconnects it, so what the extension closes
 * shows the same way.
 */
@Timeout(120)
class CdpkitExtensionTest {

    private static LocalPages pages;
    private static Browser shared;

    @TempDir
    Path reports;

    @BeforeAll
    static void servePagesAndLaunchTheSharedBrowser() {
        shared = Browser.launch();
        pages = LocalPages.start();
        pages.respond("/console.html", 200, "text/html; charset=utf-8", "<!doctype html><title>Console</title>"
                + "<p>Logged</p><script>console.log('" + ExtensionSamples.CONSOLE_TEXT + "')</script>");
    }

    @AfterAll
    static void stopPagesAndTheSharedBrowser() {
        try {
            pages.close();
        } finally {
            shared.close();
        }
    }

    @BeforeEach
    void resetSamples() {
        ExtensionSamples.reset(pages.url("hello.html").toString(), pages.url("console.html").toString());
    }

    @AfterEach
    void nothingTheSamplesGotIsLeftOpen() throws Exception {
        assertEquals(List.of(), ExtensionSamples.BROWSERS.stream().filter(Browser::isConnected).toList());
        Await.until("the samples' pages to be gone from the shared browser", Duration.ofSeconds(10),
                () -> shared.pages().size() == 1);
    }

    @Test
    void launchesABrowserPerClassAndEndsItAfterTheClass() {
        run(Map.of(), selectClass(ExtensionSamples.RecordsBrowser.class)).testEvents()
                .assertStatistics(stats -> stats.started(1).succeeded(1));

        Browser launched = ExtensionSamples.BROWSERS.get(0);
        assertTrue(launched.process().isPresent(), "launched, not connected");
        assertClosed(launched);
        assertTrue(launched.process().orElseThrow().onExit().isDone(), "the browser process has exited");
    }

    @Test
    void injectsOneBrowserPerClassAndAnIsolatedContextPerTestAndClosesThem() {
        EngineExecutionResults results = runOnSharedBrowser(Map.of(), selectClass(ExtensionSamples.Injection.class));

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
        List<Browser> browsers = ExtensionSamples.BROWSERS;
        List<BrowserContext> contexts = ExtensionSamples.CONTEXTS;
        assertEquals(2, browsers.size());
        assertSame(browsers.get(0), browsers.get(1), "one browser per class");
        assertNotSame(contexts.get(0), contexts.get(1), "one context per test");
        assertTrue(contexts.stream().allMatch(BrowserContext::isClosed), "contexts are closed after their test");
        assertClosed(browsers.get(0));
    }

    @Test
    void aFailedTestLeavesAScreenshotTheHtmlAndTheConsoleLogAndNamesTheFolder() throws Exception {
        EngineExecutionResults results = runOnSharedBrowser(Map.of(), selectMethod(ExtensionSamples.Failing.class, "failsAfterLogging",
                "io.cdpkit.cdp.Page"));

        Throwable failure = onlyFailure(results);
        FailureReport report = reportOf(failure);
        Path folder = reports.resolve(ExtensionSamples.Failing.class.getName()).resolve("failsAfterLogging");
        assertEquals(folder.toAbsolutePath(), report.folder());
        assertEquals(Set.of("page-1.png", "page-1.html", "page-1-console.log"), fileNames(folder));
        Png.read(Files.readAllBytes(folder.resolve("page-1.png")));
        assertTrue(Files.readString(folder.resolve("page-1.html")).contains("<p>Logged</p>"));
        assertEquals("[log] " + ExtensionSamples.CONSOLE_TEXT + " (" + pages.url("console.html") + ":1)",
                firstLine(folder.resolve("page-1-console.log")));
        assertTrue(report.getMessage().contains(folder.toAbsolutePath().toString()), report.getMessage());
        assertTrue(report.getMessage().contains("page-1 (" + pages.url("console.html") + "): page-1.png page-1.html"
                + " page-1-console.log"), report.getMessage());
        assertEquals(List.of(folder.toAbsolutePath().toString()), reportEntries(results));
        assertTrue(ExtensionSamples.CONTEXTS.get(0).isClosed(), "the context is closed after the report");
    }

    @Test
    void repetitionsGetTheirOwnFolderAndSetupFailuresAreReportedToo() throws Exception {
        EngineExecutionResults results = runOnSharedBrowser(Map.of(), selectClass(ExtensionSamples.Failing.class));

        results.testEvents().assertStatistics(stats -> stats.started(5).succeeded(1).failed(4));
        Path failing = reports.resolve(ExtensionSamples.Failing.class.getName());
        Path setup = reports.resolve(ExtensionSamples.Failing.FailingSetup.class.getName());
        assertEquals(Set.of("failsAfterLogging", "failsTheSecondTime-2"), fileNames(failing));
        assertEquals(Set.of("neverRuns"), fileNames(setup));
        assertEquals(Set.of("page-1.png", "page-1.html", "page-1-console.log"), fileNames(setup.resolve("neverRuns")));
        Throwable withoutPage = failureOf(results, "failsWithoutAPage");
        assertEquals(0, withoutPage.getSuppressed().length, "no page, no report");
        assertEquals("the setup fails on purpose", failureOf(results, "neverRuns").getMessage());
        assertEquals(3, reportEntries(results).size());
    }

    @Test
    void aPageCannotBeInjectedOutsideATest() {
        EngineExecutionResults results = run(Map.of(), selectClass(ExtensionSamples.PageInBeforeAll.class));

        Throwable failure = results.containerEvents().failed().stream()
                .map(CdpkitExtensionTest::throwableOf).findFirst().orElseThrow();
        assertTrue(failure.getMessage().startsWith("cdpkit gives each test its own Page, so static void "),
                failure.getMessage());
        assertTrue(failure.getMessage().endsWith("cannot take one (it runs outside a test); take the Browser there instead"),
                failure.getMessage());
    }

    @Test
    void classesGetTheirOwnBrowserUnlessTheSettingsShareOnePerRun() {
        DiscoverySelector[] twoClasses = {selectClass(ExtensionSamples.RecordsBrowser.class),
            selectClass(ExtensionSamples.AlsoRecordsBrowser.class)};

        runOnSharedBrowser(Map.of(), twoClasses).testEvents().assertStatistics(stats -> stats.succeeded(2));
        List<Browser> perClass = List.copyOf(ExtensionSamples.BROWSERS);
        ExtensionSamples.BROWSERS.clear();
        runOnSharedBrowser(Map.of(CdpkitSettings.BROWSER_SCOPE, "run"), twoClasses)
                .testEvents().assertStatistics(stats -> stats.succeeded(2));
        List<Browser> perRun = List.copyOf(ExtensionSamples.BROWSERS);

        assertNotSame(perClass.get(0), perClass.get(1));
        assertSame(perRun.get(0), perRun.get(1));
        Stream.concat(perClass.stream(), perRun.stream()).forEach(CdpkitExtensionTest::assertClosed);
    }

    @Test
    void theAnnotationSharesABrowserPerRunWhateverTheSettingsSay() {
        runOnSharedBrowser(Map.of(CdpkitSettings.BROWSER_SCOPE, "class"), selectClass(ExtensionSamples.SharesBrowser.class),
                selectClass(ExtensionSamples.AlsoSharesBrowser.class)).testEvents().assertStatistics(stats -> stats.succeeded(2));

        assertSame(ExtensionSamples.BROWSERS.get(0), ExtensionSamples.BROWSERS.get(1));
        assertClosed(ExtensionSamples.BROWSERS.get(0));
    }

    @Test
    void aBrowserUrlConnectsToARunningBrowserAndLeavesItRunning() {
        runOnSharedBrowser(Map.of(), selectClass(ExtensionSamples.RecordsBrowser.class))
                .testEvents().assertStatistics(stats -> stats.succeeded(1));

        Browser connected = ExtensionSamples.BROWSERS.get(0);
        assertTrue(connected.process().isEmpty(), "connected, not launched");
        assertEquals(shared.connection().webSocketUrl(), connected.connection().webSocketUrl());
        assertClosed(connected);
        assertTrue(shared.isConnected(), "the running browser is left running");
    }

    @Test
    void malformedSettingsFailTheTestWithTheSettingsName() {
        EngineExecutionResults results = run(Map.of(CdpkitSettings.HEADFUL, "maybe"),
                selectClass(ExtensionSamples.RecordsBrowser.class));

        Throwable failure = rootCause(onlyFailure(results));
        assertEquals("cdpkit: cdpkit.headful must be true or false, not 'maybe'", failure.getMessage());
    }

    @Test
    void environmentVariablesAreNamedAfterTheProperties() {
        assertEquals("CDPKIT_BROWSER_URL", CdpkitSettings.environmentName(CdpkitSettings.BROWSER_URL));
        assertEquals("CDPKIT_GRID_URL", CdpkitSettings.environmentName(CdpkitSettings.GRID_URL));
        assertEquals("CDPKIT_HEADFUL", CdpkitSettings.environmentName(CdpkitSettings.HEADFUL));
        assertEquals("CDPKIT_BROWSER_ARGS", CdpkitSettings.environmentName(CdpkitSettings.BROWSER_ARGS));
    }

    /** Runs the samples connected to the shared browser. */
    private EngineExecutionResults runOnSharedBrowser(Map<String, String> settings, DiscoverySelector... samples) {
        Map<String, String> connected = new HashMap<>(settings);
        connected.put(CdpkitSettings.BROWSER_URL, shared.process().orElseThrow().httpUrl().toString());
        return run(connected, samples);
    }

    private EngineExecutionResults run(Map<String, String> settings, DiscoverySelector... samples) {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .selectors(samples)
                .configurationParameter(EngineTestKitOnly.PARAMETER, "true")
                .configurationParameter(CdpkitSettings.REPORT_DIR, reports.toString())
                .configurationParameters(settings)
                .execute();
        return results;
    }

    private static void assertClosed(Browser browser) {
        assertFalse(browser.isConnected(), "the browser is closed after its scope");
    }

    private static Throwable onlyFailure(EngineExecutionResults results) {
        List<Event> failed = results.testEvents().failed().list();
        assertEquals(1, failed.size(), () -> "failures: " + failed);
        return throwableOf(failed.get(0));
    }

    private static Throwable failureOf(EngineExecutionResults results, String methodName) {
        return results.testEvents().failed().stream()
                .filter(event -> event.getTestDescriptor().getUniqueId().toString().contains("[method:" + methodName + "("))
                .map(CdpkitExtensionTest::throwableOf)
                .findFirst().orElseThrow();
    }

    private static Throwable throwableOf(Event event) {
        return event.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
    }

    private static FailureReport reportOf(Throwable failure) {
        List<Throwable> suppressed = Arrays.asList(failure.getSuppressed());
        assertEquals(1, suppressed.size(), () -> "suppressed: " + suppressed);
        return assertInstanceOf(FailureReport.class, suppressed.get(0));
    }

    private static List<String> reportEntries(EngineExecutionResults results) {
        return results.allEvents().reportingEntryPublished().stream()
                .map(event -> event.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs())
                .map(entries -> entries.get(CdpkitExtension.REPORT_ENTRY))
                .toList();
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static Set<String> fileNames(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private static String firstLine(Path file) throws Exception {
        return Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
    }
}
