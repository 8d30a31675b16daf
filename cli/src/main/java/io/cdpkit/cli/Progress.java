package io.cdpkit.cli;

import java.io.PrintWriter;

/**
 * Progress lines on stderr for the steps that take time ({@code cdpkit: launching ...}),
 * so that stdout carries only results. Silent with {@code --quiet}.
 */
final class Progress {

    private final PrintWriter err;
    private final boolean quiet;

    Progress(PrintWriter err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
    }

    /** Reports that {@code step} starts or happened, e.g. {@code "loading http://..."}. */
    void step(String step) {
        if (!quiet) {
            err.println("cdpkit: " + step);
            err.flush();
        }
    }
}
