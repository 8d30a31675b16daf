package io.cdpkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Option parsing and usage errors of the real command line, without running any command. */
class CommandLineTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final CommandLine commandLine = Main.commandLine()
            .setOut(new PrintWriter(out))
            .setErr(new PrintWriter(err));

    private GlobalOptions parse(String... args) {
        commandLine.parseArgs(args);
        return ((CdpkitCommand) commandLine.getCommand()).globalOptions();
    }

    @Test
    void globalOptionsMayComeBeforeOrAfterTheCommand() {
        GlobalOptions before = parse("--timeout", "2m", "--quiet", "--browser", "/opt/chrome", "ws", "ws://127.0.0.1:1/");
        assertEquals(Duration.ofMinutes(2), before.timeout());
        assertEquals(Path.of("/opt/chrome"), before.browser());

        GlobalOptions after = parse("ws", "ws://127.0.0.1:1/", "--timeout=500ms", "--browser-url", "http://127.0.0.1:9222");
        assertEquals(Duration.ofMillis(500), after.timeout());
        assertEquals(URI.create("http://127.0.0.1:9222"), after.browserUrl());
    }

    @Test
    void nestedCommandsSeeTheGlobalOptionsToo() {
        GlobalOptions options = parse("protocol", "diff", "--browser-url", "http://127.0.0.1:9222", "-q");
        assertEquals(URI.create("http://127.0.0.1:9222"), options.browserUrl());
    }

    @Test
    void defaults() {
        GlobalOptions options = parse("ws", "ws://127.0.0.1:1/");
        assertEquals(Duration.ofSeconds(30), options.timeout());
        assertNull(options.browser());
        assertNull(options.browserUrl());
        assertNull(options.grid());
        assertFalse(options.headful());
    }

    @Test
    void browserUrlComesWithoutTheOptionsThatChooseOrStartABrowser() {
        GlobalOptions options = parse("--browser", "/opt/chrome", "--browser-url", "http://127.0.0.1:9222", "--headful",
                "ws", "ws://h/");
        ParameterException e = assertThrows(ParameterException.class, options::validateBrowserSource);
        assertEquals("--browser-url uses a running browser as it is: leave out --browser and --headful", e.getMessage());

        ParameterException grid = assertThrows(ParameterException.class,
                parse("--browser-url", "http://127.0.0.1:9222", "--grid", "http://127.0.0.1:4444", "ws", "ws://h/")::validateBrowserSource);
        assertTrue(grid.getMessage().endsWith("leave out --grid"), grid.getMessage());
    }

    @Test
    void aGridBrowserMayBeHeadfulAndNameItsBinaryOnTheNode() {
        GlobalOptions options = parse("--grid", "http://127.0.0.1:4444", "--headful", "--browser", "/opt/chrome",
                "ws", "ws://h/");
        options.validateBrowserSource();
        assertEquals(URI.create("http://127.0.0.1:4444"), options.grid());
        assertTrue(options.headful());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--browser-url=ftp://127.0.0.1:9222", "--browser-url=127.0.0.1:9222", "--grid=ws://127.0.0.1:4444",
        "--timeout=soon", "--timeout=0"})
    void badGlobalValuesAreUsageErrorsNamingTheValue(String option) {
        int code = commandLine.execute(option, "ws", "ws://127.0.0.1:1/");
        assertEquals(ExitCodes.USAGE, code);
        String value = option.substring(option.indexOf('=') + 1);
        assertTrue(err.toString().contains("'" + value + "'"), err.toString());
    }

    @Test
    void usageErrorIsOneLinePlusAPointerToHelp() {
        int code = commandLine.execute("ws", "ws://127.0.0.1:1/", "--bogus");
        assertEquals(ExitCodes.USAGE, code);
        assertEquals("cdpkit: Unknown option: '--bogus'" + System.lineSeparator()
                + "Try 'cdpkit ws --help' for more information." + System.lineSeparator(), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void misspelledCommandGetsASuggestion() {
        assertEquals(ExitCodes.USAGE, commandLine.execute("protocl"));
        assertTrue(err.toString().contains("protocol"), err.toString());
    }

    @Test
    void noCommandIsAUsageErrorListingTheCommands() {
        assertEquals(ExitCodes.USAGE, commandLine.execute());
        assertTrue(err.toString().startsWith("cdpkit: Missing command: choose one of screenshot, pdf, eval, html, "
                + "scrape, ws, protocol, help"), err.toString());
        assertEquals(ExitCodes.USAGE, commandLine.execute("protocol"));
        assertTrue(err.toString().contains("Missing command: choose one of diff"), err.toString());
    }

    @Test
    void helpListsTheCommandsAndTheExitCodes() {
        assertEquals(ExitCodes.OK, commandLine.execute("--help"));
        String help = out.toString();
        for (String expected : new String[] {"screenshot", "pdf", "eval", "html", "scrape", "ws", "protocol", "Exit codes:", "3   no Chrome/Chromium found",
            "4   the browser could not load the URL", "5   a step did not finish within --timeout"}) {
            assertTrue(help.contains(expected), expected + " in:\n" + help);
        }
    }

    @Test
    void wsHeadersAreParsedAndBadOnesRejected() {
        commandLine.parseArgs("ws", "ws://127.0.0.1:1/", "-H", "X-Token: a:b ", "--header=Origin:http://o");
        assertEquals(ExitCodes.USAGE, commandLine.execute("ws", "ws://127.0.0.1:1/", "--header", "no colon"));
        assertTrue(err.toString().contains("expected 'Name: value', got 'no colon'"), err.toString());
    }

    @Test
    void wsNeedsAWebSocketUrl() {
        assertEquals(ExitCodes.USAGE, commandLine.execute("ws", "http://127.0.0.1:1/"));
        assertTrue(err.toString().contains("the scheme must be ws:// or wss://"), err.toString());
    }
}
