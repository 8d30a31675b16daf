package io.cdpkit.cdp.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdpkit.cdp.internal.ProcessTree;
import io.cdpkit.cdp.testing.Await;
import io.cdpkit.cdp.testing.ProcessScan;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A JVM that ends without closing its browser still takes the browser and its profile with it. */
@Timeout(90)
class ShutdownHookTest {

    @ParameterizedTest
    @ValueSource(strings = {"exit", "wait"})
    void shutdownHookClosesBrowsersLeftOpen(String howTheJvmEnds) throws Exception {
        String marker = "cdpkit-probe-" + UUID.randomUUID();
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ShutdownHookProbe.class.getName(), marker, howTheJvmEnds)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))) {
            long browserPid = Long.parseLong(valueOf(out.readLine(), "pid="));
            Path profile = Path.of(valueOf(out.readLine(), "profile="));
            assertTrue(Files.isDirectory(profile));
            if (howTheJvmEnds.equals("wait")) {
                jvm.destroy();
            }

            assertTrue(jvm.waitFor(30, TimeUnit.SECONDS), "the JVM ends");
            assertEquals(howTheJvmEnds.equals("exit") ? 0 : 143, jvm.exitValue());
            assertFalse(ProcessHandle.of(browserPid).map(ProcessTree::isRunning).orElse(false), "browser still running");
            assertFalse(Files.exists(profile), "profile left behind: " + profile);
            Await.until("every process started with the marker to end", Duration.ofSeconds(10),
                    () -> ProcessScan.pidsMentioning(marker).isEmpty());
        } finally {
            jvm.destroyForcibly();
        }
    }

    private static String valueOf(String line, String prefix) {
        assertTrue(line != null && line.startsWith(prefix), "expected " + prefix + "... from the probe, got " + line);
        return line.substring(prefix.length());
    }
}
