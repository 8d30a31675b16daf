package io.cdpkit.cdp;

/** The browser could not navigate to a URL, e.g. {@code net::ERR_CONNECTION_REFUSED}. */
public class NavigationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String url;
    private final String errorText;

    /**
     * A failed navigation.
     *
     * @param url the URL navigated to
     * @param errorText the browser's reason, e.g. {@code net::ERR_NAME_NOT_RESOLVED}
     */
    public NavigationException(String url, String errorText) {
        super("Navigation to " + url + " failed: " + errorText);
        this.url = url;
        this.errorText = errorText;
    }

    /** The URL navigated to. */
    public String url() {
        return url;
    }

    /** The browser's reason, e.g. {@code net::ERR_CONNECTION_REFUSED}. */
    public String errorText() {
        return errorText;
    }
}
