package io.cdpkit.cdp.launch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The browser kept running but did not open its DevTools endpoint within
 * {@link LaunchOptions#startupTimeout()}; it has been killed.
 */
public class BrowserLaunchTimeoutException extends BrowserLaunchException {

    private static final long serialVersionUID = 1L;

    private final Duration timeout;

    /** An exception for a launch that waited {@code timeout} in vain. */
    public BrowserLaunchTimeoutException(Duration timeout, Path executable, List<String> arguments,
            String stderrTail) {
        super("no DevTools endpoint after " + timeout.toMillis() + " ms (startup timeout)", executable,
                arguments, stderrTail, null);
        this.timeout = timeout;
    }

    /** The startup timeout that passed. */
    public Duration timeout() {
        return timeout;
    }
}
