package io.cdpkit.cdp.launch;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A browser started by {@link ChromeLauncher}, with its DevTools endpoint open.
 *
 * <p>{@link #close()} ends the browser and all its child processes (SIGTERM, then SIGKILL after a
 * short grace period), waits for them and deletes the temporary profile. It is idempotent, and a
 * JVM shutdown hook closes every browser still open when the JVM exits.
 */
public final class BrowserProcess implements AutoCloseable {

    private final OwnedProcess process;
    private final DevToolsAddress address;
    private final Path executable;
    private final List<String> arguments;

    BrowserProcess(OwnedProcess process, DevToolsAddress address, Path executable, List<String> arguments) {
        this.process = process;
        this.address = address;
        this.executable = executable;
        this.arguments = List.copyOf(arguments);
    }

    /** The browser's process id. */
    public long pid() {
        return process.pid();
    }

    /** The browser-level DevTools WebSocket: {@code ws://127.0.0.1:<port>/devtools/browser/<id>}. */
    public URI webSocketUrl() {
        return address.webSocketUrl();
    }

    /** The DevTools HTTP endpoint ({@code /json/version} etc.): {@code http://127.0.0.1:<port>}. */
    public URI httpUrl() {
        return address.httpUrl();
    }

    /** The binary that was started. */
    public Path executable() {
        return executable;
    }

    /** The arguments it was started with (without the binary). */
    public List<String> arguments() {
        return arguments;
    }

    /** The profile directory ({@code --user-data-dir}). */
    public Path userDataDir() {
        return process.profile();
    }

    /** The last lines (at most 50, 16 KiB) the browser wrote to stderr so far. */
    public String stderrTail() {
        return process.stderrTail();
    }

    /**
     * Completes when the browser process has exited, for whatever reason (crash, kill, close),
     * with its exit code and stderr tail, so callers can fail pending work with
     * {@link BrowserExit#description()}.
     */
    public CompletableFuture<BrowserExit> onExit() {
        return process.onExit();
    }

    /** Whether the browser process is still running. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** Ends the browser's process tree and deletes a temporary profile; does nothing the second time. */
    @Override
    public void close() {
        process.close();
    }

    @Override
    public String toString() {
        return "BrowserProcess[pid=" + pid() + ", " + webSocketUrl() + "]";
    }
}
