package io.cdpkit.cdp.launch;

import io.cdpkit.cdp.internal.ProcessTree;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * A started browser process and everything that goes with it: the thread draining its stderr and
 * its profile directory. {@link #close()} ends the whole process tree, waits for the stderr
 * thread and deletes a temporary profile; it is idempotent and also run from a shutdown hook.
 */
final class OwnedProcess implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(OwnedProcess.class.getName());

    /** How long the browser may take to shut down after SIGTERM before it is killed. */
    private static final Duration GRACE_PERIOD = Duration.ofSeconds(2);
    private static final Duration KILL_WAIT = Duration.ofSeconds(5);
    private static final Duration STDERR_END_WAIT = Duration.ofSeconds(1);
    private static final Duration PROFILE_DELETE_RETRY = Duration.ofSeconds(2);

    private final Process process;
    private final StderrPump stderr;
    private final ProfileDirectory profile;
    private final CompletableFuture<BrowserExit> exit;
    private boolean closed;

    private OwnedProcess(Process process, StderrPump stderr, ProfileDirectory profile) {
        this.process = process;
        this.stderr = stderr;
        this.profile = profile;
        this.exit = process.onExit()
                .thenCompose(exited -> stderr.finished().copy()
                        .completeOnTimeout(null, STDERR_END_WAIT.toMillis(), TimeUnit.MILLISECONDS))
                .thenApply(ignored -> new BrowserExit(process.pid(), process.exitValue(), stderr.tail()));
    }

    /**
     * Starts {@code command}, shows each stderr line to {@code stderrListener} and registers the
     * process for closing at JVM shutdown.
     */
    static OwnedProcess start(ProcessBuilder command, Consumer<String> stderrListener, ProfileDirectory profile)
            throws IOException {
        Process process = command.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            process.getOutputStream().close();
            StderrPump stderr = StderrPump.start(process.getErrorStream(), stderrListener,
                    "cdpkit-browser-stderr-" + process.pid());
            OwnedProcess owned = new OwnedProcess(process, stderr, profile);
            OpenProcesses.register(owned);
            return owned;
        } catch (IOException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    long pid() {
        return process.pid();
    }

    /** The browser process, to look at it and the processes it started. */
    ProcessHandle handle() {
        return process.toHandle();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    Path profile() {
        return profile.path();
    }

    String stderrTail() {
        return stderr.tail();
    }

    CompletableFuture<BrowserExit> onExit() {
        return exit.copy();
    }

    /**
     * How the process ended, waiting up to {@code timeout} for its final stderr lines; call only
     * once {@link #isAlive()} is false.
     */
    BrowserExit awaitExit(Duration timeout) throws InterruptedException {
        try {
            return exit.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return new BrowserExit(process.pid(), process.exitValue(), stderr.tail());
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        // Every wait below is bounded: finish the cleanup even for an interrupted caller, then tell it.
        boolean interrupted = Thread.interrupted();
        try {
            boolean stopped = ProcessTree.terminate(process.toHandle(), GRACE_PERIOD, KILL_WAIT);
            // Helpers outside the tree: orphans of a crashed browser, or started as it shut down.
            stopped &= ProcessTree.kill(profile.processesOf(process.pid()), KILL_WAIT);
            if (!stopped) {
                LOG.log(Level.WARNING, "Some processes of browser pid {0} did not stop", process.pid());
            }
            stderr.awaitFinished(STDERR_END_WAIT);
            profile.cleanUpAfter(process.pid(), PROFILE_DELETE_RETRY);
        } catch (InterruptedException e) {
            interrupted = true;
            ProcessTree.descendantsOf(process.toHandle()).forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        } finally {
            OpenProcesses.unregister(this);
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
