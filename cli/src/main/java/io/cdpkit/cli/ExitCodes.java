package io.cdpkit.cli;

/** The exit codes of {@code cdpkit}, listed in its {@code --help} and in cli/README.md. */
final class ExitCodes {

    /** The command did what it was asked. */
    static final int OK = 0;
    /** Any failure without a code of its own. */
    static final int FAILURE = 1;
    /** Bad usage: unknown option, missing argument, invalid value. */
    static final int USAGE = 2;
    /** No Chrome or Chromium binary found (or the one named does not exist). */
    static final int BROWSER_NOT_FOUND = 3;
    /** The browser could not load the URL (e.g. connection refused, unknown host). */
    static final int NAVIGATION_FAILED = 4;
    /** Something did not finish within --timeout. */
    static final int TIMEOUT = 5;

    private ExitCodes() {
    }
}
