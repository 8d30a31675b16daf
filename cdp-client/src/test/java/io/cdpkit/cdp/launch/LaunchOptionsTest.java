package io.cdpkit.cdp.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void defaultsAreHeadlessWithAFreshProfileAndAFreePort() {
        LaunchOptions options = LaunchOptions.defaults();

        assertTrue(options.headless());
        assertEquals(Optional.empty(), options.executable());
        assertEquals(Optional.empty(), options.userDataDir());
        assertEquals(0, options.remoteDebuggingPort());
        assertEquals(Duration.ofSeconds(30), options.startupTimeout());
        assertEquals(List.of(), options.args());
        assertEquals(Map.of(), options.env());
    }

    @Test
    void toBuilderKeepsEverySetting() {
        LaunchOptions options = LaunchOptions.builder()
                .executable(Path.of("/opt/chrome"))
                .headless(false)
                .args("--a", "--b")
                .env("LANG", "C")
                .startupTimeout(Duration.ofSeconds(3))
                .userDataDir(Path.of("/tmp/p"))
                .remoteDebuggingPort(9222)
                .excludeDefaultFlags("--mute-audio")
                .build();

        LaunchOptions copy = options.toBuilder().args("--c").build();

        assertEquals(Optional.of(Path.of("/opt/chrome")), copy.executable());
        assertEquals(false, copy.headless());
        assertEquals(List.of("--a", "--b", "--c"), copy.args());
        assertEquals(Map.of("LANG", "C"), copy.env());
        assertEquals(Duration.ofSeconds(3), copy.startupTimeout());
        assertEquals(Optional.of(Path.of("/tmp/p")), copy.userDataDir());
        assertEquals(9222, copy.remoteDebuggingPort());
        assertEquals(java.util.Set.of("--mute-audio"), copy.excludedDefaultFlags());
        assertEquals(List.of("--a", "--b"), options.args(), "the original is unchanged");
    }

    @Test
    void collectionsAreImmutable() {
        LaunchOptions options = LaunchOptions.builder().args("--a").build();

        assertThrows(UnsupportedOperationException.class, () -> options.args().add("--b"));
        assertThrows(UnsupportedOperationException.class, () -> options.env().put("A", "B"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--user-data-dir=/tmp/x", "--remote-debugging-port=9222", "--remote-debugging-pipe"})
    void switchesTheLauncherManagesAreRejected(String arg) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LaunchOptions.builder().args(arg));

        assertTrue(e.getMessage().contains(arg), e.getMessage());
    }

    @Test
    void badValuesAreRejectedWithTheValueNamed() {
        LaunchOptions.Builder builder = LaunchOptions.builder();

        assertMessageContains("PT0S", assertThrows(IllegalArgumentException.class,
                () -> builder.startupTimeout(Duration.ZERO)));
        assertMessageContains("70000", assertThrows(IllegalArgumentException.class,
                () -> builder.remoteDebuggingPort(70_000)));
        assertMessageContains("A=B", assertThrows(IllegalArgumentException.class, () -> builder.env("A=B", "x")));
        assertMessageContains("mute-audio", assertThrows(IllegalArgumentException.class,
                () -> builder.excludeDefaultFlags("mute-audio")));
        assertThrows(NullPointerException.class, () -> builder.args("--ok", null));
    }

    private static void assertMessageContains(String expected, Exception e) {
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
