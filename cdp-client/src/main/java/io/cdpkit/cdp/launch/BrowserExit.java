package io.cdpkit.cdp.launch;

/**
 * How a launched browser ended: its exit code (128 + signal number when killed by a signal, e.g.
 * 137 for {@code kill -9}) and the last lines it wrote to stderr.
 *
 * @param pid the browser's process id
 * @param exitCode the process exit code
 * @param stderrTail the browser's last stderr output, possibly empty
 */
public record BrowserExit(long pid, int exitCode, String stderrTail) {

    /** A one-paragraph explanation for error messages: "browser (pid 42) exited with code 137: ...". */
    public String description() {
        String description = "browser (pid " + pid + ") exited with code " + exitCode;
        return stderrTail.isBlank() ? description : description + ":\n" + stderrTail.strip();
    }
}
