package io.cdpkit.cdp.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdpkit.cdp.internal.ProcessTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Owning a launched browser: closing it, and noticing when it dies. */
@Timeout(60)
class BrowserProcessTest {

    @TempDir
    Path temp;

    @Test
    void closeEndsTheWholeProcessTreeAndDeletesTheProfile() throws Exception {
        BrowserProcess browser = ChromeLauncher.launch();
        List<ProcessHandle> tree = ProcessTree.descendantsOf(ProcessHandle.of(browser.pid()).orElseThrow());
        Path socketDirectory = Files.readSymbolicLink(browser.userDataDir().resolve("SingletonSocket")).getParent();
        assertFalse(tree.isEmpty(), "Chromium runs helper processes");

        browser.close();

        assertFalse(browser.isAlive());
        tree.forEach(process -> assertFalse(ProcessTree.isRunning(process), "descendant " + process.pid()));
        assertFalse(Files.exists(browser.userDataDir()), "temporary profile deleted");
        assertFalse(Files.exists(socketDirectory), "Chromium's socket directory " + socketDirectory + " deleted");
        assertTrue(browser.onExit().isDone());
        assertTrue(Thread.getAllStackTraces().keySet().stream()
                .noneMatch(thread -> thread.getName().equals("cdpkit-browser-stderr-" + browser.pid())),
                "the stderr thread has ended");
    }

    @Test
    void closeIsIdempotent() {
        BrowserProcess browser = ChromeLauncher.launch();

        browser.close();
        browser.close();

        assertFalse(browser.isAlive());
    }

    @Test
    void onExitReportsExitCodeAndStderrWhenTheBrowserIsKilled() throws Exception {
        try (BrowserProcess browser = ChromeLauncher.launch()) {
            List<ProcessHandle> tree = ProcessTree.descendantsOf(ProcessHandle.of(browser.pid()).orElseThrow());

            new ProcessBuilder("kill", "-9", Long.toString(browser.pid())).start().waitFor(10, TimeUnit.SECONDS);
            BrowserExit exit = browser.onExit().get(10, TimeUnit.SECONDS);

            assertEquals(137, exit.exitCode(), "128 + SIGKILL");
            assertEquals(browser.pid(), exit.pid());
            assertTrue(exit.stderrTail().contains("DevTools listening on " + browser.webSocketUrl()), exit.stderrTail());
            assertTrue(exit.description().startsWith("browser (pid " + browser.pid() + ") exited with code 137:"),
                    exit.description());
            assertFalse(browser.isAlive());

            browser.close();
            tree.forEach(process -> assertFalse(ProcessTree.isRunning(process), "orphaned helper " + process.pid()));
            assertFalse(Files.exists(browser.userDataDir()));
        }
    }

    @Test
    void onExitCarriesTheLastStderrLines() throws Exception {
        Path fake = ShellScripts.write(temp, "fake-browser", String.join("\n",
                "echo 'DevTools listening on ws://127.0.0.1:9/devtools/browser/fake' >&2",
                "echo 'last words of the fake browser' >&2",
                "exec sleep 60"));

        try (BrowserProcess browser = ChromeLauncher.launch(LaunchOptions.builder().executable(fake).build())) {
            ProcessHandle.of(browser.pid()).orElseThrow().destroyForcibly();
            BrowserExit exit = browser.onExit().get(10, TimeUnit.SECONDS);

            assertEquals(137, exit.exitCode());
            assertEquals("DevTools listening on ws://127.0.0.1:9/devtools/browser/fake\nlast words of the fake browser\n",
                    exit.stderrTail());
        }
    }

    @Test
    void onExitGivesEachCallerItsOwnFuture() {
        try (BrowserProcess browser = ChromeLauncher.launch()) {
            browser.onExit().complete(new BrowserExit(0, 0, "forged"));

            assertFalse(browser.onExit().isDone(), "completing a copy does not complete the browser's future");
        }
    }
}
