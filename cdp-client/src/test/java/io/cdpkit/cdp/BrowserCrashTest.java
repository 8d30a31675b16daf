package io.cdpkit.cdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdpkit.cdp.launch.BrowserProcess;
import io.cdpkit.cdp.protocol.runtime.EvaluateResult;
import io.cdpkit.cdp.protocol.runtime.RuntimeDomain;
import io.cdpkit.cdp.testing.ProcessScan;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A launched browser killed with SIGKILL in the middle of calls. */
@Timeout(60)
class BrowserCrashTest {

    /** Long enough that only the crash, never this timeout, can end the pending calls. */
    private static final Duration PATIENT = Duration.ofMinutes(5);

    @Test
    void killedBrowserFailsEveryPendingCallWithItsExitCode() throws Exception {
        Browser browser = Browser.launch();
        BrowserProcess process = browser.process().orElseThrow();
        try {
            Page page = browser.newPage();
            CompletableFuture<EvaluateResult> neverResolves = page.session().sendAsync(
                    RuntimeDomain.evaluate("new Promise(() => {})").withAwaitPromise(true), PATIENT);
            CompletableFuture<EvaluateResult> alsoPending = page.session().sendAsync(
                    RuntimeDomain.evaluate("new Promise(() => {})").withAwaitPromise(true), PATIENT);
            assertEquals(2L, page.session().send(RuntimeDomain.evaluate("1 + 1").withReturnByValue(true))
                    .result().value().asLong(), "the page answers while both calls are pending");

            long killedAt = System.nanoTime();
            ProcessHandle.of(process.pid()).orElseThrow().destroyForcibly();

            CdpConnectionClosedException failure = closedFailure(neverResolves);
            long failedAfterMillis = (System.nanoTime() - killedAt) / 1_000_000;
            assertTrue(failure.getMessage().contains("exited with code 137"), failure.getMessage());
            assertTrue(failure.getMessage().contains("Runtime.evaluate"), failure.getMessage());
            assertTrue(closedFailure(alsoPending).getMessage().contains("code 137"));
            assertFalse(browser.isConnected());
            assertThrows(CdpConnectionClosedException.class, () -> browser.version(), "later calls fail fast");
            System.out.println("pending calls failed " + failedAfterMillis + " ms after kill -9");
        } finally {
            browser.close();
        }
        assertFalse(Files.exists(process.userDataDir()), "the profile is deleted even after a crash");
        assertTrue(ProcessScan.pidsMentioning(process.userDataDir().toString()).isEmpty());
    }

    private static CdpConnectionClosedException closedFailure(CompletableFuture<?> call) {
        ExecutionException failure = assertThrows(ExecutionException.class, () -> call.get(20, TimeUnit.SECONDS));
        return assertInstanceOf(CdpConnectionClosedException.class, failure.getCause());
    }
}
