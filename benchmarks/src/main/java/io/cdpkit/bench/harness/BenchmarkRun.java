package io.cdpkit.bench.harness;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Runs one workload of one implementation in this process and reports it in the harness
 * format: a {@code RESULT} line per figure and exit status 0, or a single
 * {@code FAIL impl=... workload=... reason=...} line and exit status 1. A watchdog ends a run
 * that outlives its time budget with a {@code FAIL} line, so a stuck peer never hangs the
 * scripts.
 */
public final class BenchmarkRun {

    /** Exit status of a failed run. */
    public static final int FAILED = 1;

    /** A workload body: measures and returns its figures, or throws. */
    @FunctionalInterface
    public interface Body {
        /** Runs the workload. */
        List<Measurement> run() throws Exception;
    }

    /** A benchmark program once its flags are parsed: sets up the run, executes it and returns the exit status. */
    @FunctionalInterface
    public interface Program {
        /** Runs the program with {@code flags}, reporting through {@code run}. */
        int run(Flags flags, BenchmarkRun run);
    }

    private final String impl;
    private final String workload;
    private final PrintStream out;

    /** A run of {@code workload} by {@code impl}, reporting to standard output. */
    public BenchmarkRun(String impl, String workload) {
        this(impl, workload, System.out);
    }

    BenchmarkRun(String impl, String workload, PrintStream out) {
        this.impl = sanitize(impl);
        this.workload = sanitize(workload);
        this.out = out;
    }

    /**
     * The {@code main} of a benchmark program: parses {@code args}, runs {@code program} and
     * exits with its status. Bad arguments give a {@code FAIL} line that still names the
     * implementation and workload when they can be found in {@code args}.
     */
    public static void main(String[] args, Set<String> knownFlags, Program program) {
        BenchmarkRun run = new BenchmarkRun(Flags.peek(args, "impl"), Flags.peek(args, "workload"));
        int status;
        try {
            status = program.run(Flags.parse(args, knownFlags), run);
        } catch (RuntimeException e) {
            run.fail(e);
            status = FAILED;
        }
        System.exit(status);
    }

    /**
     * Runs {@code body} under a watchdog of {@code budgetMillis}, prints its figures or its
     * failure, and returns the exit status.
     */
    public int execute(long budgetMillis, Body body) {
        Thread watchdog = startWatchdog(budgetMillis);
        try {
            List<Measurement> results = body.run();
            for (Measurement result : results) {
                out.println(result.line(impl));
            }
            out.flush();
            return 0;
        } catch (Exception | LinkageError e) {
            fail(e);
            return FAILED;
        } finally {
            watchdog.interrupt();
        }
    }

    /** Prints the {@code FAIL} line for {@code failure}. */
    public void fail(Throwable failure) {
        Throwable cause = unwrap(failure);
        String reason = cause.getClass().getSimpleName() + ":" + cause.getMessage();
        failWith(reason);
        if (!(cause instanceof BenchmarkException || cause instanceof IllegalArgumentException)) {
            cause.printStackTrace();
        }
    }

    private void failWith(String reason) {
        out.println("FAIL impl=" + impl + " workload=" + workload + " reason=" + sanitize(reason));
        out.flush();
    }

    private Thread startWatchdog(long budgetMillis) {
        Thread thread = new Thread(() -> {
            try {
                Thread.sleep(budgetMillis);
            } catch (InterruptedException e) {
                return;
            }
            failWith("no result within " + budgetMillis + " ms");
            Runtime.getRuntime().halt(FAILED);
        }, "benchmark-watchdog");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** Replaces every run of whitespace by one underscore, so a field never contains a space. */
    static String sanitize(String text) {
        String s = text == null || text.isBlank() ? "unknown" : text.strip();
        return s.replaceAll("\\s+", "_");
    }
}
