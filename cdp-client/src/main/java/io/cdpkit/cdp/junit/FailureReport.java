package io.cdpkit.cdp.junit;

import java.nio.file.Path;

/**
 * Where the {@link CdpkitExtension} saved the pages of a failed test: a screenshot, the HTML and
 * the console log of each open page of the test's context. It is added to the test's failure as a
 * suppressed exception, so the folder is named wherever the failure is shown; it has no stack
 * trace of its own.
 */
public final class FailureReport extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path folder;

    /** A report saved in {@code folder}; {@code contents} lists what is in it. */
    FailureReport(Path folder, String contents) {
        super("cdpkit saved the pages of this failed test to " + folder + contents, null, false, false);
        this.folder = folder;
    }

    /** The absolute path of the report's folder. */
    public Path folder() {
        return folder;
    }
}
