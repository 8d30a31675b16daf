package io.cdpkit.bench.cdp;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What a CDP workload run was given on the command line.
 *
 * @param browserWs the browser-level DevTools WebSocket (null for C5, which launches its own browser)
 * @param pageUrl the page to navigate to
 * @param duration how long C1 measures
 * @param out the folder for files a workload writes (the PNG of C5)
 * @param chromium the browser binary for C5, or null
 * @param startMillis the epoch millisecond just before this process started (C5), or 0
 */
public record CdpContext(URI browserWs, String pageUrl, Duration duration, Path out, Path chromium, long startMillis) {

    /** How long to wait for connecting, attaching and loading the page. */
    public static final Duration SETUP_TIMEOUT = Duration.ofSeconds(30);
}
