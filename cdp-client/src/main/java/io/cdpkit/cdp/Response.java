package io.cdpkit.cdp;

import java.util.Map;
import java.util.Objects;

/**
 * The HTTP response that delivered a page's document, as the browser received it (after
 * redirects).
 *
 * @param url the URL of the response
 * @param status the HTTP status code, e.g. 200 or 404; 0 for non-HTTP documents such as {@code data:} URLs
 * @param statusText the status text, e.g. {@code OK}; may be empty (HTTP/2)
 * @param headers the response headers; a header sent more than once has its values joined with {@code \n}
 * @param mimeType the MIME type the browser determined, e.g. {@code text/html}
 */
public record Response(String url, int status, String statusText, Map<String, String> headers, String mimeType) {

    /** Copies the headers. */
    public Response {
        Objects.requireNonNull(url, "url");
        headers = Map.copyOf(headers);
    }

    /** True for a 2xx status, and for status 0 (a document that came without HTTP). */
    public boolean ok() {
        return status == 0 || (status >= 200 && status <= 299);
    }

    /** The value of header {@code name}, ignoring case, or null. */
    public String header(String name) {
        return headers.entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }
}
