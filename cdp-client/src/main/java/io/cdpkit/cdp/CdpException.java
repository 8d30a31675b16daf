package io.cdpkit.cdp;

/**
 * The browser answered a command with an error, for example {@code -32601} for a method it does
 * not know or {@code -32000} for a call that cannot be done in the target's state.
 */
public class CdpException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String method;
    private final int code;
    private final String errorMessage;
    private final String data;

    /**
     * An error reply.
     *
     * @param method the command that failed
     * @param code the JSON-RPC error code
     * @param errorMessage the browser's error message
     * @param data the browser's extra detail, or null
     */
    public CdpException(String method, int code, String errorMessage, String data) {
        super(method + " failed: " + errorMessage + " (code " + code + ")" + (data == null ? "" : ": " + data));
        this.method = method;
        this.code = code;
        this.errorMessage = errorMessage;
        this.data = data;
    }

    /** The command that failed, e.g. {@code Page.navigate}. */
    public String method() {
        return method;
    }

    /** The JSON-RPC error code, e.g. {@code -32601} (method not found) or {@code -32000} (server error). */
    public int code() {
        return code;
    }

    /** The browser's error message, without the method and code this exception's message adds. */
    public String errorMessage() {
        return errorMessage;
    }

    /** The browser's extra detail ({@code error.data}), or null when it sent none. */
    public String data() {
        return data;
    }
}
