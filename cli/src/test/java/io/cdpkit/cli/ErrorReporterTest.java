package io.cdpkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cdpkit.cdp.CdpException;
import io.cdpkit.cdp.CdpTimeoutException;
import io.cdpkit.cdp.NavigationException;
import io.cdpkit.cdp.discovery.EndpointTimeoutException;
import io.cdpkit.cdp.discovery.EndpointUnreachableException;
import io.cdpkit.cdp.grid.GridTimeoutException;
import io.cdpkit.cdp.grid.GridUnreachableException;
import io.cdpkit.cdp.launch.BrowserLaunchException;
import io.cdpkit.cdp.launch.BrowserLaunchTimeoutException;
import io.cdpkit.cdp.launch.BrowserNotFoundException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ErrorReporterTest {

    private static final Path CHROME = Path.of("/usr/bin/chromium");

    @Test
    void browserNotFoundIs3() {
        assertEquals(3, ErrorReporter.exitCode(new BrowserNotFoundException("none")));
    }

    @Test
    void navigationFailureIs4() {
        assertEquals(4, ErrorReporter.exitCode(new NavigationException("http://127.0.0.1:1/", "net::ERR_CONNECTION_REFUSED")));
    }

    @Test
    void everyKindOfTimeoutIs5() {
        URI uri = URI.create("http://127.0.0.1:9222/json/version");
        List<Throwable> timeouts = List.of(
                new CdpTimeoutException("Page.navigate", Duration.ofSeconds(2), "a reply to Page.navigate"),
                new EndpointTimeoutException("GET", uri, Duration.ofSeconds(2), null),
                new BrowserLaunchTimeoutException(Duration.ofSeconds(2), CHROME, List.of(), ""),
                new GridTimeoutException("POST", URI.create("http://127.0.0.1:4444/session"), Duration.ofSeconds(60), "", null),
                new TimeoutException());
        for (Throwable timeout : timeouts) {
            assertEquals(5, ErrorReporter.exitCode(timeout), timeout.toString());
        }
    }

    @Test
    void otherFailuresAre1() {
        URI uri = URI.create("http://127.0.0.1:1/json/version");
        List<Throwable> failures = List.of(
                new BrowserLaunchException("exited with code 1", CHROME, List.of("--headless"), "", null),
                new EndpointUnreachableException(uri, new ConnectException("Connection refused")),
                new GridUnreachableException(URI.create("http://127.0.0.1:4444/session"), new ConnectException("refused")),
                new CdpException("Runtime.evaluate", -32000, "Cannot find context", null),
                new UncheckedIOException(new IOException("disk full")),
                new IllegalStateException());
        for (Throwable failure : failures) {
            assertEquals(1, ErrorReporter.exitCode(failure), failure.toString());
        }
    }

    @Test
    void looksThroughFutureWrappersAndCauses() {
        NavigationException navigation = new NavigationException("http://x/", "net::ERR_NAME_NOT_RESOLVED");
        assertEquals(4, ErrorReporter.exitCode(new CompletionException(navigation)));
        assertEquals(4, ErrorReporter.exitCode(new ExecutionException(new CompletionException(navigation))));
        assertEquals(5, ErrorReporter.exitCode(new IllegalStateException("wrapped", new TimeoutException())));
    }

    @Test
    void describesWithTheMessageOfTheUnwrappedFailureOrItsType() {
        NavigationException navigation = new NavigationException("http://x/", "net::ERR_NAME_NOT_RESOLVED");
        assertEquals("Navigation to http://x/ failed: net::ERR_NAME_NOT_RESOLVED",
                ErrorReporter.describe(new CompletionException(navigation)));
        assertEquals("java.lang.IllegalStateException", ErrorReporter.describe(new IllegalStateException()));
    }

    @Test
    void describesInOneLine() {
        assertEquals("Evaluation failed: ReferenceError: x is not defined", ErrorReporter.describe(
                new IllegalStateException("Evaluation failed: ReferenceError: x is not defined\n    at <anonymous>:1:1")));
        BrowserLaunchException launch = new BrowserLaunchException("exited with code 1 before opening its DevTools endpoint",
                CHROME, List.of("--headless"), "[1:1] some noise\nMissing X server or $DISPLAY\n\n", null);
        assertEquals("Failed to launch the browser: exited with code 1 before opening its DevTools endpoint "
                + "(browser stderr: Missing X server or $DISPLAY)", ErrorReporter.describe(launch));
    }

    @Test
    void reportsOnStderrWithTheCdpkitPrefixAndReturnsTheCode() {
        StringWriter err = new StringWriter();
        CommandLine command = Main.commandLine().setErr(new PrintWriter(err));
        int code = new ErrorReporter().handleExecutionException(
                new BrowserNotFoundException("--browser /nope does not exist"), command, null);
        assertEquals(3, code);
        assertEquals("cdpkit: --browser /nope does not exist" + System.lineSeparator(), err.toString());
    }
}
