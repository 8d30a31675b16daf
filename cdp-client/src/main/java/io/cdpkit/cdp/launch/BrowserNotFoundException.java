package io.cdpkit.cdp.launch;

/**
 * No browser binary could be found, or the one named (explicit path, {@code CHROME_PATH}) does not
 * exist or is not executable. The message says what was searched and how to install one.
 */
public class BrowserNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An exception with the given explanation. */
    public BrowserNotFoundException(String message) {
        super(message);
    }
}
