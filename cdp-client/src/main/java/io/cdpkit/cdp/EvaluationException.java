package io.cdpkit.cdp;

/**
 * JavaScript run by the page API threw (or rejected), or its result could not be sent back as
 * JSON. The message carries the JavaScript error and its stack.
 */
public class EvaluationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String jsMessage;
    private final String jsStack;
    private final int line;
    private final int column;

    /**
     * An evaluation failure.
     *
     * @param jsMessage the JavaScript error's message, e.g. {@code boom} for {@code throw new Error("boom")}
     * @param jsStack the JavaScript error's stack ({@code Error: boom\n    at ...})
     * @param line the 1-based line of the throw in the evaluated source, 0 when unknown
     * @param column the 1-based column of the throw, 0 when unknown
     */
    public EvaluationException(String jsMessage, String jsStack, int line, int column) {
        super("Evaluation failed: " + jsStack);
        this.jsMessage = jsMessage;
        this.jsStack = jsStack;
        this.line = line;
        this.column = column;
    }

    /** The JavaScript error's message, without its name, e.g. {@code boom}. */
    public String jsMessage() {
        return jsMessage;
    }

    /** The JavaScript error's stack as the browser printed it, starting with {@code Name: message}. */
    public String jsStack() {
        return jsStack;
    }

    /** The 1-based line of the throw in the evaluated source, 0 when unknown. */
    public int line() {
        return line;
    }

    /** The 1-based column of the throw, 0 when unknown. */
    public int column() {
        return column;
    }
}
