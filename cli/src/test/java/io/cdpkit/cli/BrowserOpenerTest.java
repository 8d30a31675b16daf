package io.cdpkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdpkit.cdp.CdpOptions;
import io.cdpkit.cdp.grid.GridOptions;
import io.cdpkit.cdp.launch.BrowserNotFoundException;
import io.cdpkit.cdp.launch.LaunchOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** How the global options become launch and Grid settings (the Grid itself is tested in cdp-client). */
class BrowserOpenerTest {

    @TempDir
    Path temp;

    private static GlobalOptions parse(String... args) {
        CommandLine commandLine = Main.commandLine();
        commandLine.parseArgs(args);
        return ((CdpkitCommand) commandLine.getCommand()).globalOptions();
    }

    @Test
    void aGridSessionIsHeadlessUnlessHeadfulAndRunsTheNamedBinaryOnTheNode() {
        CdpOptions cdp = CdpOptions.builder().callTimeout(Duration.ofSeconds(5)).build();
        GridOptions plain = BrowserOpener.gridOptions(parse("--grid", "http://127.0.0.1:4444", "ws", "ws://h/"), cdp);
        GridOptions custom = BrowserOpener.gridOptions(parse("--grid", "http://127.0.0.1:4444", "--headful",
                "--browser", "/opt/chrome/chrome", "--timeout", "2m", "ws", "ws://h/"), cdp);

        assertTrue(plain.headless());
        assertEquals(Optional.empty(), plain.binary());
        assertEquals(GridOptions.DEFAULT_SESSION_TIMEOUT, plain.sessionTimeout(), "a short --timeout does not cut the Grid's start");
        assertEquals(Duration.ofSeconds(30), plain.requestTimeout());
        assertSame(cdp, plain.cdpOptions());
        assertFalse(custom.headless());
        assertEquals(Optional.of("/opt/chrome/chrome"), custom.binary());
        assertEquals(Duration.ofMinutes(2), custom.sessionTimeout());
    }

    @Test
    void aLaunchedBrowserIsHeadlessUnlessHeadfulAndHasAtLeastTheDefaultStartupTime() {
        LaunchOptions quick = BrowserOpener.launchOptions(parse("-q", "--timeout", "2s", "--browser", "/bin/sh", "ws", "ws://h/"));
        LaunchOptions slow = BrowserOpener.launchOptions(parse("-q", "--headful", "--timeout", "5m", "--browser", "/bin/sh",
                "ws", "ws://h/"));

        assertTrue(quick.headless());
        assertEquals(Optional.of(Path.of("/bin/sh")), quick.executable());
        assertEquals(LaunchOptions.DEFAULT_STARTUP_TIMEOUT, quick.startupTimeout());
        assertFalse(slow.headless());
        assertEquals(Duration.ofMinutes(5), slow.startupTimeout());
    }

    @Test
    void browserLevelCallsGetAtLeastTheDefaultCallTimeout() {
        assertEquals(CdpOptions.DEFAULT_CALL_TIMEOUT,
                BrowserOpener.cdpOptions(parse("--timeout", "2s", "ws", "ws://h/")).callTimeout());
        assertEquals(Duration.ofMinutes(3), BrowserOpener.cdpOptions(parse("--timeout", "3m", "ws", "ws://h/")).callTimeout());
    }

    @Test
    void aNamedBrowserMustBeAnExecutableFile() {
        BrowserNotFoundException missing = assertThrows(BrowserNotFoundException.class,
                () -> BrowserOpener.launchOptions(parse("--browser", temp.resolve("chrome").toString(), "ws", "ws://h/")));
        BrowserNotFoundException folder = assertThrows(BrowserNotFoundException.class,
                () -> BrowserOpener.launchOptions(parse("--browser", temp.toString(), "ws", "ws://h/")));

        assertEquals("--browser " + temp.resolve("chrome") + " does not exist", missing.getMessage());
        assertEquals("--browser " + temp + " is not an executable file", folder.getMessage());
    }
}
