package io.cdpkit.cdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdpkit.cdp.testing.Await;
import io.cdpkit.cdp.testing.CdpkitThreads;
import io.cdpkit.cdp.testing.ProcessScan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Launching and closing a Browser many times leaves no process, profile or thread behind. */
@Timeout(300)
class BrowserLeakTest {

    private static final int CYCLES = 20;

    @Test
    void twentyLaunchCloseCyclesLeaveNothingBehind() throws Exception {
        Set<Thread> nonDaemonBefore = nonDaemonThreads();
        List<Path> profiles = new ArrayList<>();

        for (int cycle = 0; cycle < CYCLES; cycle++) {
            try (Browser browser = Browser.launch()) {
                profiles.add(browser.process().orElseThrow().userDataDir());
                assertEquals("1.3", browser.version().protocolVersion());
            }
        }

        for (Path profile : profiles) {
            assertFalse(Files.exists(profile), "temporary profile left behind: " + profile);
            assertTrue(ProcessScan.pidsMentioning(profile.toString()).isEmpty(), "browser process left for " + profile);
        }
        Await.until("cdpkit threads to end", Duration.ofSeconds(10), () -> CdpkitThreads.alive().isEmpty());
        Set<Thread> nonDaemonAfter = nonDaemonThreads();
        nonDaemonAfter.removeAll(nonDaemonBefore);
        assertTrue(nonDaemonAfter.isEmpty(), "new non-daemon threads: " + nonDaemonAfter);
    }

    private static Set<Thread> nonDaemonThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && !thread.isDaemon())
                .collect(Collectors.toSet());
    }
}
