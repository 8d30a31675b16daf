package io.cdpkit.cdp.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChromeCommandLineTest {

    private static final Path PROFILE = Path.of("/tmp/profile-under-test");

    @Test
    void defaultsCarryTheFlagsThisProjectRequires() {
        List<String> arguments = ChromeCommandLine.arguments(LaunchOptions.defaults(), PROFILE, true);

        assertTrue(arguments.containsAll(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--remote-debugging-port=0", "--user-data-dir=" + PROFILE)), arguments.toString());
        assertEquals("about:blank", arguments.get(arguments.size() - 1));
    }

    @Test
    void sandboxStaysOnForOrdinaryUsers() {
        assertFalse(ChromeCommandLine.arguments(LaunchOptions.defaults(), PROFILE, false).contains("--no-sandbox"));
    }

    @Test
    void headfulLeavesOutTheHeadlessFlags() {
        List<String> arguments = ChromeCommandLine.arguments(LaunchOptions.builder().headless(false).build(), PROFILE,
                false);

        ChromeCommandLine.HEADLESS_FLAGS.forEach(flag -> assertFalse(arguments.contains(flag), flag));
        assertTrue(arguments.containsAll(ChromeCommandLine.DEFAULT_FLAGS));
    }

    @Test
    void extraArgumentsComeAfterTheDefaultsSoTheyWin() {
        LaunchOptions options = LaunchOptions.builder().args("--window-size=800,600", "--disable-features=Foo").build();

        List<String> arguments = ChromeCommandLine.arguments(options, PROFILE, false);

        int defaultFeatures = arguments.indexOf("--disable-features=Translate,MediaRouter,OptimizationHints,AcceptCHFrame");
        assertTrue(defaultFeatures >= 0 && defaultFeatures < arguments.indexOf("--disable-features=Foo"),
                arguments.toString());
        assertEquals(List.of("--window-size=800,600", "--disable-features=Foo", "about:blank"),
                arguments.subList(arguments.size() - 3, arguments.size()));
    }

    @Test
    void aStartUrlAmongTheArgumentsReplacesAboutBlank() {
        LaunchOptions options = LaunchOptions.builder().args("http://127.0.0.1:8000/start.html").build();

        List<String> arguments = ChromeCommandLine.arguments(options, PROFILE, false);

        assertFalse(arguments.contains("about:blank"));
        assertEquals("http://127.0.0.1:8000/start.html", arguments.get(arguments.size() - 1));
    }

    @Test
    void excludedDefaultsAreLeftOutBySwitchName() {
        LaunchOptions options = LaunchOptions.builder()
                .excludeDefaultFlags("--disable-features", "--mute-audio", "--no-sandbox")
                .build();

        List<String> arguments = ChromeCommandLine.arguments(options, PROFILE, true);

        assertTrue(arguments.stream().noneMatch(arg -> arg.startsWith("--disable-features")), arguments.toString());
        assertTrue(arguments.contains("--headless"), "the headless set is governed by headless(false) instead");
        assertFalse(arguments.contains("--no-sandbox"));
        assertTrue(arguments.contains("--disable-sync"));
    }

    @Test
    void noSandboxIsNotAddedTwice() {
        LaunchOptions options = LaunchOptions.builder().args("--no-sandbox").build();

        List<String> arguments = ChromeCommandLine.arguments(options, PROFILE, true);

        assertEquals(1, arguments.stream().filter("--no-sandbox"::equals).count());
    }

    @Test
    void fixedPortIsPassedOn() {
        LaunchOptions options = LaunchOptions.builder().remoteDebuggingPort(9333).build();

        assertTrue(ChromeCommandLine.arguments(options, PROFILE, false).contains("--remote-debugging-port=9333"));
    }

    @Test
    void rootIsDetectedFromTheProcessOwner() {
        assertEquals("root".equals(System.getProperty("user.name")), ChromeCommandLine.runningAsRoot());
    }
}
