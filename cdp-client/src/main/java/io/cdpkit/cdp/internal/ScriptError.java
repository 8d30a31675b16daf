package io.cdpkit.cdp.internal;

import io.cdpkit.cdp.protocol.runtime.CallFrame;
import io.cdpkit.cdp.protocol.runtime.ExceptionDetails;
import io.cdpkit.cdp.protocol.runtime.RemoteObject;
import io.cdpkit.cdp.protocol.runtime.StackTrace;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a JavaScript exception says, read from the protocol's {@link ExceptionDetails}.
 *
 * @param message the error's message without its name, e.g. {@code boom} for {@code new Error("boom")},
 *                or the thrown value's text when something other than an error was thrown
 * @param stack the error's stack as JavaScript prints it ({@code Error: boom\n    at ...}), or
 *              the message when the browser sent no stack
 * @param line the 1-based line of the throw, 0 when unknown
 * @param column the 1-based column of the throw, 0 when unknown
 */
public record ScriptError(String message, String stack, int line, int column) {

    /** {@code Name: message} on the first line of an error's description, e.g. {@code TypeError: x is not a function}. */
    /** How the browser prefixes the text of an exception no script caught. */
    private static final Pattern UNCAUGHT = Pattern.compile("^Uncaught (\\(in promise\\) )?");

    private static final Pattern NAMED_MESSAGE = Pattern.compile("^([A-Za-z_$][\\w$]*): (.*)$", Pattern.DOTALL);

    /** Reads {@code details}. */
    public static ScriptError of(ExceptionDetails details) {
        RemoteObject thrown = details.exception();
        String description = thrown == null ? null : thrown.description();
        String message;
        String stack;
        if (thrown != null && thrown.value() != null) {
            message = thrown.value().isTextual() ? thrown.value().asText() : thrown.value().toString();
            stack = message + frames(details.stackTrace());
        } else if (description != null) {
            message = messageOf(description, thrown.className());
            stack = description;
        } else {
            String text = UNCAUGHT.matcher(details.text()).replaceFirst("");
            message = messageOf(text, null);
            stack = text + frames(details.stackTrace());
        }
        return new ScriptError(message, stack, details.lineNumber() + 1, details.columnNumber() + 1);
    }

    private static String messageOf(String description, String className) {
        int lineEnd = description.indexOf("\n    at ");
        String firstPart = lineEnd < 0 ? description : description.substring(0, lineEnd);
        Matcher named = NAMED_MESSAGE.matcher(firstPart);
        if (named.matches() && (named.group(1).equals(className) || named.group(1).endsWith("Error"))) {
            return named.group(2);
        }
        return firstPart;
    }

    private static String frames(StackTrace trace) {
        if (trace == null || trace.callFrames() == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (CallFrame frame : trace.callFrames()) {
            String name = frame.functionName() == null || frame.functionName().isEmpty() ? "<anonymous>" : frame.functionName();
            text.append("\n    at ").append(name).append(" (").append(frame.url()).append(':')
                    .append(frame.lineNumber() + 1).append(':').append(frame.columnNumber() + 1).append(')');
        }
        return text.toString();
    }
}
