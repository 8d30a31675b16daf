package io.cdpkit.cdp.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Ends a process together with all of its descendants: first politely (SIGTERM to the root, so a
 * browser can shut its children down itself), then forcibly (SIGKILL to every process of the tree
 * still running). Also finds processes by command-line argument, for helpers that left the tree.
 *
 * <p>A process that has exited but not yet been reaped by its parent (a zombie: on Linux the
 * orphaned children of a killed browser wait for init to reap them) holds no resources any more, so
 * it counts as stopped here even though {@link ProcessHandle#isAlive()} still reports it.
 */
public final class ProcessTree {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(10);

    private ProcessTree() {
    }

    /**
     * Ends {@code root} and its descendants: SIGTERM to the root, at most {@code gracePeriod} for it
     * to exit (its descendants are tracked meanwhile, so helpers it starts while shutting down are
     * not missed), then SIGKILL to whatever of the tree still runs and at most {@code killWait} for it.
     *
     * @return true if every process stopped in time
     */
    public static boolean terminate(ProcessHandle root, Duration gracePeriod, Duration killWait)
            throws InterruptedException {
        Set<ProcessHandle> tree = new LinkedHashSet<>();
        tree.add(root);
        tree.addAll(descendantsOf(root));
        root.destroy();
        long deadline = System.nanoTime() + gracePeriod.toNanos();
        while (isRunning(root) && System.nanoTime() - deadline < 0) {
            Thread.sleep(POLL_INTERVAL.toMillis());
            tree.addAll(descendantsOf(root));
        }
        return kill(tree, killWait);
    }

    /** SIGKILLs every running process of {@code processes} and waits at most {@code timeout} for them. */
    public static boolean kill(Collection<ProcessHandle> processes, Duration timeout) throws InterruptedException {
        for (ProcessHandle process : processes) {
            if (isRunning(process)) {
                process.destroyForcibly();
            }
        }
        return awaitStopped(processes, timeout);
    }

    /** Waits until none of {@code processes} is running; returns false if the timeout passed first. */
    public static boolean awaitStopped(Collection<ProcessHandle> processes, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (processes.stream().anyMatch(ProcessTree::isRunning)) {
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
        return true;
    }

    /** True if the process exists and is not a zombie waiting to be reaped. */
    public static boolean isRunning(ProcessHandle process) {
        return process.isAlive() && !procfsSaysExited(process.pid());
    }

    /** The descendants of {@code root} that are running now. */
    public static List<ProcessHandle> descendantsOf(ProcessHandle root) {
        return root.descendants().collect(Collectors.toCollection(ArrayList::new));
    }

    /**
     * The running processes whose command line contains {@code argument} as a whole argument. Reads
     * {@code /proc/<pid>/cmdline} on Linux (Chromium helpers rewrite theirs in a form
     * {@link ProcessHandle.Info#arguments()} does not return), {@code ProcessHandle.Info} elsewhere.
     */
    public static List<ProcessHandle> withArgument(String argument) {
        return ProcessHandle.allProcesses()
                .filter(process -> (commandLineOf(process) + " ").contains(" " + argument + " "))
                .filter(ProcessTree::isRunning)
                .collect(Collectors.toCollection(ArrayList::new));
    }

    private static String commandLineOf(ProcessHandle process) {
        try {
            byte[] cmdline = Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline"));
            return new String(cmdline, StandardCharsets.UTF_8).replace('\0', ' ').trim();
        } catch (IOException | RuntimeException noProcfs) {
            return process.info().commandLine().orElse("");
        }
    }

    /** Linux only: true if /proc shows the process as a zombie or no longer lists it. */
    private static boolean procfsSaysExited(long pid) {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        try {
            String line = Files.readString(stat);
            // Format: "pid (command) state ...": the command may contain spaces and parentheses.
            int afterCommand = line.lastIndexOf(')');
            char state = line.charAt(afterCommand + 2);
            return state == 'Z' || state == 'X';
        } catch (NoSuchFileException notListed) {
            return Files.isDirectory(Path.of("/proc", "self"));
        } catch (IOException | RuntimeException notLinux) {
            return false;
        }
    }
}
