package io.cdpkit.cli;

import io.cdpkit.cdp.CdpTimeoutException;
import io.cdpkit.cdp.NavigationException;
import io.cdpkit.cdp.discovery.EndpointTimeoutException;
import io.cdpkit.cdp.grid.GridTimeoutException;
import io.cdpkit.cdp.launch.BrowserLaunchException;
import io.cdpkit.cdp.launch.BrowserLaunchTimeoutException;
import io.cdpkit.cdp.launch.BrowserNotFoundException;
import io.cdpkit.websocket.WebSocketTimeoutException;
import java.io.PrintWriter;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place that turns a command's failure into one line on stderr
 * ({@code cdpkit: <what went wrong>}, no stack trace) and an {@linkplain ExitCodes exit code}.
 */
final class ErrorReporter implements IExecutionExceptionHandler {

    /** Failures with an exit code of their own; the first one found in the cause chain decides. */
    private static final Map<Class<? extends Throwable>, Integer> EXIT_CODES = Map.ofEntries(
            Map.entry(BrowserNotFoundException.class, ExitCodes.BROWSER_NOT_FOUND),
            Map.entry(NavigationException.class, ExitCodes.NAVIGATION_FAILED),
            Map.entry(CdpTimeoutException.class, ExitCodes.TIMEOUT),
            Map.entry(EndpointTimeoutException.class, ExitCodes.TIMEOUT),
            Map.entry(BrowserLaunchTimeoutException.class, ExitCodes.TIMEOUT),
            Map.entry(GridTimeoutException.class, ExitCodes.TIMEOUT),
            Map.entry(WebSocketTimeoutException.class, ExitCodes.TIMEOUT),
            Map.entry(TimeoutException.class, ExitCodes.TIMEOUT),
            Map.entry(HttpTimeoutException.class, ExitCodes.TIMEOUT),
            Map.entry(SocketTimeoutException.class, ExitCodes.TIMEOUT));

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
        Throwable failure = unwrap(ex);
        PrintWriter err = command.getErr();
        err.println("cdpkit: " + describe(failure));
        err.flush();
        return exitCode(failure);
    }

    /** The exit code for {@code failure}. */
    static int exitCode(Throwable failure) {
        for (Throwable cause = unwrap(failure); cause != null; cause = cause.getCause()) {
            for (Map.Entry<Class<? extends Throwable>, Integer> mapping : EXIT_CODES.entrySet()) {
                if (mapping.getKey().isInstance(cause)) {
                    return mapping.getValue();
                }
            }
        }
        return ExitCodes.FAILURE;
    }

    /**
     * What to tell the user, in one line: the first line of the failure's message (its type when
     * it has none); for a browser that failed to start, with the last line it wrote to stderr.
     */
    static String describe(Throwable failure) {
        Throwable shown = unwrap(failure);
        String message = firstLine(shown.getMessage());
        if (message.isEmpty()) {
            return shown.getClass().getName();
        }
        if (shown instanceof BrowserLaunchException launch) {
            String lastWords = launch.stderrTail().strip().lines().reduce((first, second) -> second).orElse("");
            return lastWords.isEmpty() ? message : message + " (browser stderr: " + lastWords.strip() + ")";
        }
        return message;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.strip().lines().findFirst().orElse("").strip();
    }

    /** Strips the wrappers futures add around the real failure. */
    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
