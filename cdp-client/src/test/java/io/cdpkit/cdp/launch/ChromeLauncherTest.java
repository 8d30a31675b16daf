package io.cdpkit.cdp.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdpkit.cdp.discovery.DevToolsEndpoint;
import io.cdpkit.cdp.internal.ProcessTree;
import io.cdpkit.cdp.testing.Await;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Launches real Chromium (and scripts standing in for a broken browser). */
@Timeout(60)
class ChromeLauncherTest {

    @TempDir
    Path temp;

    @Test
    void launchesHeadlessChromiumWithItsEndpointOpen() throws Exception {
        try (BrowserProcess browser = ChromeLauncher.launch()) {
            assertEquals(browser.webSocketUrl(), DevToolsEndpoint.of(browser.httpUrl()).version().webSocketDebuggerUrl());
            assertEquals(URI.create("http://127.0.0.1:" + browser.webSocketUrl().getPort()), browser.httpUrl());
            assertTrue(browser.isAlive());
            assertTrue(browser.arguments().containsAll(List.of("--headless", "--remote-debugging-port=0",
                    "--user-data-dir=" + browser.userDataDir())), browser.arguments().toString());
            assertEquals(ChromeCommandLine.runningAsRoot(), browser.arguments().contains("--no-sandbox"));
            assertTrue(browser.userDataDir().getFileName().toString().startsWith("cdpkit-profile-"));
        }
    }

    @Test
    void readsTheEndpointFromDevToolsActivePortAlone() throws Exception {
        Path chromium = ChromeLocator.system().locate();
        Path silenced = ShellScripts.write(temp, "chromium-without-stderr", "exec " + chromium + " \"$@\" 2>/dev/null");

        try (BrowserProcess browser = ChromeLauncher.launch(LaunchOptions.builder().executable(silenced).build())) {
            List<String> portFile = Files.readAllLines(browser.userDataDir().resolve("DevToolsActivePort"));

            assertEquals(URI.create("ws://127.0.0.1:" + portFile.get(0) + portFile.get(1)), browser.webSocketUrl());
            assertEquals("", browser.stderrTail(), "no stderr announcement to fall back on");
            assertEquals(browser.webSocketUrl(), DevToolsEndpoint.of(browser.httpUrl()).version().webSocketDebuggerUrl());
        }
    }

    @Test
    void fallsBackToTheStderrAnnouncementWhenThePortFileCannotBeUsed() throws Exception {
        Path profile = temp.resolve("profile");
        // A non-empty directory where Chrome wants to write DevToolsActivePort: the launcher cannot
        // remove it and Chrome cannot write the file, so only the stderr line tells the address.
        Files.createDirectories(profile.resolve("DevToolsActivePort")).resolve("occupied").toFile().createNewFile();

        try (BrowserProcess browser = ChromeLauncher.launch(LaunchOptions.builder().userDataDir(profile).build())) {
            assertTrue(browser.stderrTail().contains("DevTools listening on " + browser.webSocketUrl()),
                    browser.stderrTail());
            assertEquals(browser.webSocketUrl(), DevToolsEndpoint.of(browser.httpUrl()).version().webSocketDebuggerUrl());
        }
    }

    @Test
    void callersProfileIsKeptAndItsStalePortFileIgnored() throws Exception {
        Path profile = temp.resolve("kept-profile");
        Files.createDirectories(profile);
        Files.writeString(profile.resolve("DevToolsActivePort"), "1\n/devtools/browser/stale-from-an-earlier-run\n");

        try (BrowserProcess browser = ChromeLauncher.launch(LaunchOptions.builder().userDataDir(profile).build())) {
            assertNotEquals(1, browser.webSocketUrl().getPort());
            assertFalse(browser.webSocketUrl().getPath().contains("stale"));
            assertEquals(profile, browser.userDataDir());
        }

        assertTrue(Files.isDirectory(profile.resolve("Default")), "the caller's profile survives close");
    }

    @Test
    void extraArgumentsAndEnvironmentReachTheBrowser() throws Exception {
        String marker = "cdpkit-env-" + System.nanoTime();
        LaunchOptions options = LaunchOptions.builder()
                .args("--user-agent=cdpkit-test-agent")
                .env("CDPKIT_TEST_MARKER", marker)
                .build();

        try (BrowserProcess browser = ChromeLauncher.launch(options)) {
            assertEquals("cdpkit-test-agent", DevToolsEndpoint.of(browser.httpUrl()).version().userAgent());
            String environment = Files.readString(Path.of("/proc", Long.toString(browser.pid()), "environ"));
            assertTrue(environment.contains("CDPKIT_TEST_MARKER=" + marker));
        }
    }

    @Test
    void aProfileInUseMakesChromiumExitAndTheFailureExplainsIt() throws Exception {
        Path profile = temp.resolve("shared-profile");
        LaunchOptions options = LaunchOptions.builder().userDataDir(profile).build();

        try (BrowserProcess first = ChromeLauncher.launch(options)) {
            BrowserLaunchException e = assertThrows(BrowserLaunchException.class, () -> ChromeLauncher.launch(options));

            assertTrue(e.getMessage().contains("exited with code"), e.getMessage());
            assertTrue(e.getMessage().contains("binary: " + e.executable()), e.getMessage());
            assertTrue(e.getMessage().contains("--user-data-dir=" + profile), e.getMessage());
            assertTrue(e.stderrTail().contains("ProcessSingleton"), e.stderrTail());
            assertTrue(e.getMessage().contains(e.stderrTail().strip().lines().findFirst().orElseThrow()));
            assertTrue(first.isAlive(), "the browser that owns the profile is not disturbed");
        }
    }

    /** A stand-in browser that finds its profile given as {@code --user-data-dir=...} in {@code $dir}. */
    private static final String FIND_PROFILE =
            "for a in \"$@\"; do case \"$a\" in --user-data-dir=*) dir=\"${a#--user-data-dir=}\";; esac; done";

    @Test
    void aPortFileWrittenForAnotherBrowserSharingTheProfileIsNotTaken() throws Exception {
        Path fake = ShellScripts.write(temp, "second-chrome", String.join("\n",
                FIND_PROFILE,
                "printf '9222\\n/devtools/browser/the-other-one\\n' > \"$dir/DevToolsActivePort\"",
                "echo 'ProcessSingleton: the profile is in use by another Chromium process' >&2",
                "sleep 0.3",
                "exit 21"));
        LaunchOptions options = LaunchOptions.builder().executable(fake).userDataDir(temp.resolve("shared")).build();

        BrowserLaunchException e = assertThrows(BrowserLaunchException.class, () -> ChromeLauncher.launch(options));

        assertTrue(e.getMessage().contains("exited with code 21"), e.getMessage());
        assertTrue(e.stderrTail().contains("ProcessSingleton"), e.stderrTail());
    }

    @Test
    void aPortFileOfTheBrowserHoldingTheProfileLockIsTaken() throws Exception {
        Path fake = ShellScripts.write(temp, "locking-chrome", String.join("\n",
                FIND_PROFILE,
                "ln -s \"$(hostname)-$$\" \"$dir/SingletonLock\"",
                "printf '9333\\n/devtools/browser/mine\\n' > \"$dir/DevToolsActivePort\"",
                "exec sleep 60"));
        LaunchOptions options = LaunchOptions.builder().executable(fake).userDataDir(temp.resolve("own")).build();

        try (BrowserProcess browser = ChromeLauncher.launch(options)) {
            assertEquals(URI.create("ws://127.0.0.1:9333/devtools/browser/mine"), browser.webSocketUrl());
        }
    }

    @Test
    void earlyExitNamesBinaryArgumentsExitCodeAndStderr() throws Exception {
        Path fake = ShellScripts.write(temp, "broken-chrome", "echo 'fatal: this is not a browser' >&2\nexit 3");

        BrowserLaunchException e = assertThrows(BrowserLaunchException.class,
                () -> ChromeLauncher.launch(LaunchOptions.builder().executable(fake).build()));

        assertTrue(e.getMessage().contains("exited with code 3"), e.getMessage());
        assertTrue(e.getMessage().contains("binary: " + fake), e.getMessage());
        assertTrue(e.getMessage().contains(String.join(" ", e.arguments())), e.getMessage());
        assertTrue(e.getMessage().contains("fatal: this is not a browser"), e.getMessage());
        assertEquals(fake, e.executable());
        assertFalse(Files.exists(profileOf(e.arguments())), "the temporary profile is deleted");
    }

    @Test
    void startupTimeoutKillsTheWholeProcessTree() throws Exception {
        Path pids = Files.createDirectories(temp.resolve("pids"));
        Path fake = ShellScripts.write(temp, "silent-chrome", String.join("\n",
                "echo \"starting but never listening\" >&2",
                "sleep 60 &",
                "echo $! > \"$PID_DIR/child\"",
                "echo $$ > \"$PID_DIR/script\"",
                "wait"));
        LaunchOptions options = LaunchOptions.builder()
                .executable(fake)
                .env("PID_DIR", pids.toString())
                .startupTimeout(Duration.ofMillis(1500))
                .build();

        BrowserLaunchTimeoutException e = assertThrows(BrowserLaunchTimeoutException.class,
                () -> ChromeLauncher.launch(options));

        assertEquals(Duration.ofMillis(1500), e.timeout());
        assertTrue(e.getMessage().contains("1500 ms"), e.getMessage());
        assertTrue(e.getMessage().contains("starting but never listening"), e.getMessage());
        for (String name : List.of("script", "child")) {
            long pid = Long.parseLong(Files.readString(pids.resolve(name)).trim());
            assertFalse(ProcessHandle.of(pid).map(ProcessTree::isRunning).orElse(false), name + " pid " + pid);
        }
        assertFalse(Files.exists(profileOf(e.arguments())), "the temporary profile is deleted");
    }

    @Test
    void anInterruptedLaunchCleansUpAndKeepsTheInterrupt() throws Exception {
        Path pids = Files.createDirectories(temp.resolve("pids"));
        Path fake = ShellScripts.write(temp, "slow-chrome", "echo $$ > \"$PID_DIR/script\"\nexec sleep 60");
        LaunchOptions options = LaunchOptions.builder().executable(fake).env("PID_DIR", pids.toString()).build();
        CompletableFuture<BrowserLaunchException> failure = new CompletableFuture<>();
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        Thread launcher = new Thread(() -> {
            try {
                ChromeLauncher.launch(options).close();
            } catch (BrowserLaunchException e) {
                stillInterrupted.set(Thread.currentThread().isInterrupted());
                failure.complete(e);
            }
        });
        launcher.start();
        Await.until("the fake browser to start", Duration.ofSeconds(10), () -> Files.exists(pids.resolve("script")));

        launcher.interrupt();
        BrowserLaunchException e = failure.get(20, TimeUnit.SECONDS);

        assertTrue(e.getMessage().contains("interrupted"), e.getMessage());
        assertTrue(stillInterrupted.get(), "the interrupt is kept for the caller");
        long pid = Long.parseLong(Files.readString(pids.resolve("script")).trim());
        assertFalse(ProcessHandle.of(pid).map(ProcessTree::isRunning).orElse(false));
        assertFalse(Files.exists(profileOf(e.arguments())), "the temporary profile is deleted");
    }

    @Test
    void aBinaryTheSystemCannotExecuteIsALaunchFailure() throws Exception {
        Path noInterpreter = temp.resolve("needs-missing-interpreter");
        Files.writeString(noInterpreter, "#!/no/such/interpreter\n");
        assertTrue(noInterpreter.toFile().setExecutable(true));

        BrowserLaunchException e = assertThrows(BrowserLaunchException.class,
                () -> ChromeLauncher.launch(LaunchOptions.builder().executable(noInterpreter).build()));

        assertTrue(e.getMessage().contains("cannot start the process"), e.getMessage());
        assertTrue(e.getMessage().contains(noInterpreter.toString()), e.getMessage());
        assertFalse(Files.exists(profileOf(e.arguments())), "the temporary profile is deleted");
    }

    @Test
    void aMissingExecutableIsReportedBeforeAnythingStarts() {
        Path missing = temp.resolve("no-chrome-here");

        BrowserNotFoundException e = assertThrows(BrowserNotFoundException.class,
                () -> ChromeLauncher.launch(LaunchOptions.builder().executable(missing).build()));

        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    private static Path profileOf(List<String> arguments) {
        return arguments.stream()
                .filter(arg -> arg.startsWith("--user-data-dir="))
                .map(arg -> Path.of(arg.substring("--user-data-dir=".length())))
                .findFirst()
                .orElseThrow();
    }
}
