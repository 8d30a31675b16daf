package io.cdpkit.cdp.launch;

import java.nio.file.Path;
import java.util.List;

/**
 * The browser was started but did not open its DevTools endpoint: it could not be executed, exited
 * early, or was rejected for another reason. The message names the binary, the full argument list
 * and the tail of the browser's stderr; the process and its temporary profile are already cleaned
 * up when this is thrown.
 */
public class BrowserLaunchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path executable;
    private final List<String> arguments;
    private final String stderrTail;

    /**
     * An exception for a launch of {@code executable} with {@code arguments}: {@code problem} says
     * what went wrong, {@code stderrTail} is the browser's last output (may be empty).
     */
    public BrowserLaunchException(String problem, Path executable, List<String> arguments, String stderrTail,
            Throwable cause) {
        super(describe(problem, executable, arguments, stderrTail), cause);
        this.executable = executable;
        this.arguments = List.copyOf(arguments);
        this.stderrTail = stderrTail;
    }

    /** The binary that was run. */
    public Path executable() {
        return executable;
    }

    /** The arguments it was given (without the binary). */
    public List<String> arguments() {
        return arguments;
    }

    /** The last lines the browser wrote to stderr, possibly empty. */
    public String stderrTail() {
        return stderrTail;
    }

    private static String describe(String problem, Path executable, List<String> arguments, String stderrTail) {
        StringBuilder message = new StringBuilder("Failed to launch the browser: ").append(problem)
                .append("\n  binary: ").append(executable)
                .append("\n  arguments: ").append(String.join(" ", arguments));
        if (stderrTail.isEmpty()) {
            message.append("\n  stderr: (empty)");
        } else {
            message.append("\n  stderr (last lines):\n    ").append(stderrTail.strip().replace("\n", "\n    "));
        }
        return message.toString();
    }
}
