package io.cdpkit.cdp.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdpkit.cdp.discovery.DevToolsEndpoint;
import io.cdpkit.cdp.testing.Await;
import io.cdpkit.cdp.testing.ProcessScan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Many launch/close cycles leave no process, directory or thread behind. */
class LaunchLeakTest {

    private static final int CYCLES = 20;

    /** Pools of the JDK itself, created by any Process or HttpClient use and idling out on their own. */
    private static final Pattern JDK_POOL_THREAD = Pattern.compile(
            "process reaper|HttpClient-\\d+-(Worker-\\d+|SelectorManager)|CompletableFutureDelayScheduler");

    @Test
    @Timeout(240)
    void twentyLaunchCloseCyclesLeaveNothingBehind() throws Exception {
        String marker = "cdpkit-leak-" + UUID.randomUUID();
        LaunchOptions options = LaunchOptions.builder().env("CDPKIT_LEAK_MARKER", marker).build();
        cycle(options);
        Set<Thread> threadsBefore = Thread.getAllStackTraces().keySet();
        int openBefore = OpenProcesses.openCount();
        List<Path> leftovers = new ArrayList<>();

        for (int i = 0; i < CYCLES; i++) {
            Launched launched = cycle(options);
            leftovers.addAll(List.of(launched.profile(), launched.socketDirectory()));
            assertEquals(List.of(), ProcessScan.pidsMentioning(launched.profile().toString()).stream()
                    .map(ProcessScan::commandLineOf).collect(Collectors.toList()),
                    "processes of cycle " + i + " still running after close");
        }

        assertEquals(List.of(), leftovers.stream().filter(Files::exists).collect(Collectors.toList()));
        Await.until("every process started with the marker (crashpad handlers too) to end", Duration.ofSeconds(10),
                () -> ProcessScan.pidsMentioning(marker).isEmpty());
        assertEquals(openBefore, OpenProcesses.openCount(), "closed browsers are no longer tracked");
        Set<Thread> newThreads = new HashSet<>(Thread.getAllStackTraces().keySet());
        newThreads.removeAll(threadsBefore);
        assertEquals(Set.of(), newThreads.stream()
                .filter(thread -> !thread.isDaemon() || !JDK_POOL_THREAD.matcher(thread.getName()).matches())
                .map(Thread::getName)
                .collect(Collectors.toSet()), "threads started by the cycles and still alive");
    }

    private record Launched(Path profile, Path socketDirectory) {
    }

    private static Launched cycle(LaunchOptions options) throws Exception {
        try (BrowserProcess browser = ChromeLauncher.launch(options)) {
            assertTrue(DevToolsEndpoint.of(browser.httpUrl()).version().browser().contains("Chrome"));
            Path socket = Files.readSymbolicLink(browser.userDataDir().resolve("SingletonSocket"));
            assertFalse(socket.startsWith(browser.userDataDir()));
            return new Launched(browser.userDataDir(), socket.getParent());
        }
    }
}
