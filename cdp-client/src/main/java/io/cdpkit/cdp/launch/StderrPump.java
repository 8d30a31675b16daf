package io.cdpkit.cdp.launch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Reads a process's stderr on its own daemon thread until end of stream, so the pipe never fills
 * and blocks the browser. Keeps a bounded {@link OutputTail} and shows every line to a listener.
 */
final class StderrPump {

    private static final System.Logger LOG = System.getLogger(StderrPump.class.getName());

    private static final int TAIL_LINES = 50;
    private static final int TAIL_CHARS = 16 * 1024;

    private final OutputTail tail = new OutputTail(TAIL_LINES, TAIL_CHARS);
    private final CompletableFuture<Void> finished = new CompletableFuture<>();
    private final Thread thread;

    private StderrPump(InputStream stderr, Consumer<String> lineListener, String threadName) {
        thread = new Thread(() -> pump(stderr, lineListener), threadName);
        thread.setDaemon(true);
    }

    /** Starts pumping {@code stderr} on a daemon thread named {@code threadName}. */
    static StderrPump start(InputStream stderr, Consumer<String> lineListener, String threadName) {
        StderrPump pump = new StderrPump(stderr, lineListener, threadName);
        pump.thread.start();
        return pump;
    }

    /** The last lines read so far. */
    String tail() {
        return tail.text();
    }

    /** Completes when the stream has ended (every writer, including child processes, closed it). */
    CompletableFuture<Void> finished() {
        return finished;
    }

    /** Waits up to {@code timeout} for the end of the stream; returns whether it came. */
    boolean awaitFinished(Duration timeout) throws InterruptedException {
        thread.join(Math.max(1, timeout.toMillis()));
        return !thread.isAlive();
    }

    private void pump(InputStream stderr, Consumer<String> lineListener) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stderr, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                tail.add(line);
                lineListener.accept(line);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.DEBUG, "Stopped reading browser stderr", e);
        } finally {
            finished.complete(null);
        }
    }
}
