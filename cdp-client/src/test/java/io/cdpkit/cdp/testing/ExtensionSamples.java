package io.cdpkit.cdp.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.cdpkit.cdp.Browser;
import io.cdpkit.cdp.BrowserContext;
import io.cdpkit.cdp.Page;
import io.cdpkit.cdp.junit.BrowserScope;
import io.cdpkit.cdp.junit.CdpkitTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Test classes that use the {@link io.cdpkit.cdp.junit.CdpkitExtension}, run by its tests through
 * EngineTestKit (and disabled anywhere else; outside the test packages, so that a build's
 * {@code -Dtest=<package>.**} pattern does not list them). They record what they were given, so
 * the tests can check it after the run, when the extension has closed it.
 */
public final class ExtensionSamples {

    /** The browsers the samples were given, in order. */
    public static final List<Browser> BROWSERS = new CopyOnWriteArrayList<>();

    /** The contexts the samples' tests were given, in order. */
    public static final List<BrowserContext> CONTEXTS = new CopyOnWriteArrayList<>();

    /** A page of the test's server that the samples navigate to. */
    static volatile String pageUrl;

    /** A page that writes {@link #CONSOLE_TEXT} to the console. */
    static volatile String consolePageUrl;

    public static final String CONSOLE_TEXT = "hello from the page";

    private ExtensionSamples() {
    }

    /** Forgets what earlier runs recorded and points the samples at the test's pages. */
    public static void reset(String page, String consolePage) {
        BROWSERS.clear();
        CONTEXTS.clear();
        pageUrl = page;
        consolePageUrl = consolePage;
    }

    /** Takes every kind of parameter, everywhere a per-test parameter is allowed, and uses cookies and storage. */
    @CdpkitTest
    @ExtendWith(EngineTestKitOnly.class)
    public static class Injection {

        private final Page constructorPage;

        public Injection(Page page, Browser browser) {
            this.constructorPage = page;
            assertSame(browser, page.browser());
        }

        @BeforeEach
        void open(Page page, BrowserContext context) {
            assertSame(constructorPage, page, "one page per test, whoever asks");
            assertSame(context, page.context());
            page.navigate(pageUrl);
        }

        @Test
        void firstTest(Page page, BrowserContext context, Browser browser) {
            leaveCookieAndStorage(page, context, browser);
        }

        @Test
        void secondTest(Page page, BrowserContext context, Browser browser) {
            leaveCookieAndStorage(page, context, browser);
        }

        /** Whichever test runs second fails if the first one's cookie or storage item is visible. */
        private void leaveCookieAndStorage(Page page, BrowserContext context, Browser browser) {
            assertSame(constructorPage, page);
            assertSame(browser, context.browser());
            assertEquals("", page.evaluate("document.cookie").asText(), "a cookie of another test");
            assertTrue(page.evaluate("localStorage.getItem('visited')").isNull(), "storage of another test");
            page.evaluate("document.cookie = 'visited=yes'; localStorage.setItem('visited', 'yes')");
            assertEquals("visited=yes", page.evaluate("document.cookie").asText());
            BROWSERS.add(browser);
            CONTEXTS.add(context);
        }
    }

    /** Fails in the test, in a repetition, in a {@code @BeforeEach} and without a page. */
    @CdpkitTest
    @ExtendWith(EngineTestKitOnly.class)
    public static class Failing {

        @Test
        void failsAfterLogging(Page page) {
            page.navigate(consolePageUrl);
            CONTEXTS.add(page.context());
            fail("the sample fails on purpose");
        }

        @RepeatedTest(2)
        void failsTheSecondTime(Page page, RepetitionInfo repetition) {
            page.navigate(pageUrl);
            assertEquals(1, repetition.getCurrentRepetition(), "the second repetition fails on purpose");
        }

        @Test
        void failsWithoutAPage(Browser browser) {
            fail("the sample fails on purpose, with no page to report");
        }

        @Nested
        public class FailingSetup {

            @BeforeEach
            void setUp(Page page) {
                page.navigate(pageUrl);
                throw new IllegalStateException("the setup fails on purpose");
            }

            @Test
            void neverRuns() {
                fail("unreachable");
            }
        }
    }

    /** Asks for a page where no test runs. */
    @CdpkitTest
    @ExtendWith(EngineTestKitOnly.class)
    public static class PageInBeforeAll {

        @BeforeAll
        static void setUp(Page page) {
            fail("unreachable");
        }

        @Test
        void neverRuns() {
            fail("unreachable");
        }
    }

    /** Records its browser; leaves the scope to the settings. */
    @CdpkitTest
    @ExtendWith(EngineTestKitOnly.class)
    public static class RecordsBrowser {

        @Test
        void recordsTheBrowser(Browser browser, Page page) {
            page.navigate(pageUrl);
            assertEquals("Hello from cdpkit", page.title());
            BROWSERS.add(browser);
        }
    }

    /** Like {@link RecordsBrowser}, to have two classes. */
    public static class AlsoRecordsBrowser extends RecordsBrowser {
    }

    /** Records its browser, shared with the run whatever the settings say. */
    @CdpkitTest(browserScope = BrowserScope.RUN)
    public static class SharesBrowser extends RecordsBrowser {
    }

    /** Like {@link SharesBrowser}, to have two classes. */
    @CdpkitTest(browserScope = BrowserScope.RUN)
    public static class AlsoSharesBrowser extends RecordsBrowser {
    }
}
