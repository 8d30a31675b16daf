package io.cdpkit.cli;

import static io.cdpkit.cli.CdpkitProcess.cdpkit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdpkit.cli.CdpkitProcess.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The documented exit codes, each provoked for real and with a one-line message. */
@Timeout(120)
class ExitCodesIT {

    @TempDir
    Path temp;

    @Test
    void badUsageIs2() throws Exception {
        Result missingOutput = cdpkit("screenshot", "http://127.0.0.1:9/").run();
        Result relativeUrl = cdpkit("html", "example.com").run();
        Result conflicting = cdpkit("screenshot", "--full-page", "--selector", "p", "-o", "x.png", "http://127.0.0.1:9/").run();

        assertEquals(2, missingOutput.exitCode(), missingOutput.toString());
        assertTrue(missingOutput.stderr().startsWith("cdpkit: Missing required option: '--output=FILE'"), missingOutput.stderr());
        assertEquals(2, relativeUrl.exitCode(), relativeUrl.toString());
        assertTrue(relativeUrl.stderr().contains("'example.com' is not an absolute URL"), relativeUrl.stderr());
        assertEquals(2, conflicting.exitCode(), conflicting.toString());
        assertTrue(conflicting.stderr().startsWith("cdpkit: Choose --full-page or --selector, not both"), conflicting.stderr());
    }

    @Test
    void missingBrowserIs3() throws Exception {
        Result named = cdpkit("screenshot", "--browser", "/nonexistent/chrome", "-o", "x.png").in(temp).run();
        Result fromEnvironment = cdpkit("html", "http://127.0.0.1:9/").env("CHROME_PATH", "/nonexistent/chromium").run();

        assertEquals(3, named.exitCode(), named.toString());
        assertEquals("cdpkit: --browser /nonexistent/chrome does not exist\n", lastLine(named));
        assertFalse(Files.exists(temp.resolve("x.png")));
        assertEquals(3, fromEnvironment.exitCode(), fromEnvironment.toString());
        assertTrue(lastLine(fromEnvironment).startsWith("cdpkit: ")
                && lastLine(fromEnvironment).contains("CHROME_PATH does not exist: /nonexistent/chromium"), fromEnvironment.stderr());
    }

    @Test
    void aRefusedConnectionIsANavigationFailure4() throws Exception {
        String url = "http://127.0.0.1:" + TestSite.closedPort() + "/";
        Result result = cdpkit("html", url).run();

        assertEquals(4, result.exitCode(), result.toString());
        assertEquals("", result.stdout());
        assertEquals("cdpkit: Navigation to " + url + " failed: net::ERR_CONNECTION_REFUSED\n", lastLine(result));
    }

    @Test
    void anUnreachableGridIsAFailure1() throws Exception {
        int closedPort = TestSite.closedPort();
        Result result = cdpkit("--grid", "http://127.0.0.1:" + closedPort, "html", "http://127.0.0.1:9/").run();

        assertEquals(1, result.exitCode(), result.toString());
        assertTrue(result.stderr().contains("cdpkit: asking the Selenium Grid at http://127.0.0.1:" + closedPort), result.stderr());
        assertTrue(lastLine(result).startsWith("cdpkit: No Selenium Grid reachable at http://127.0.0.1:" + closedPort),
                result.stderr());
    }

    @Test
    void aPageThatNeverLoadsIsATimeout5() throws Exception {
        try (TestSite site = new TestSite()) {
            String url = site.url(TestSite.NEVER_ANSWERS);
            Result result = cdpkit("--timeout", "2s", "screenshot", url, "-o", temp.resolve("never.png").toString()).run();

            assertEquals(5, result.exitCode(), result.toString());
            assertTrue(lastLine(result).startsWith("cdpkit: Timed out after 2000 ms") && lastLine(result).contains(url),
                    result.stderr());
            assertFalse(Files.exists(temp.resolve("never.png")));
        }
    }

    private static String lastLine(Result result) {
        String[] lines = result.stderr().split("\n");
        return lines[lines.length - 1] + "\n";
    }
}
