package io.cdpkit.cdp;

import java.net.URI;
import java.util.Objects;
import java.util.Set;

/**
 * A browser cookie, as {@link Page#cookies()} reads it and {@link Page#setCookies(Cookie...)}
 * sets it.
 *
 * <pre>{@code
 * page.setCookies(Cookie.of("session", "abc123"), Cookie.of("theme", "dark", "http://127.0.0.1:8080/").withHttpOnly(true));
 * }</pre>
 *
 * @param name the name, not blank
 * @param value the value
 * @param domain the domain, e.g. {@code 127.0.0.1}; null when setting means the page's URL
 * @param path the path, e.g. {@code /}; null when setting means the page URL's default path
 * @param expires when it expires, in seconds since the epoch; null for a session cookie
 * @param httpOnly true if scripts cannot read it
 * @param secure true if it is only sent over HTTPS
 * @param sameSite {@code Strict}, {@code Lax}, {@code None}, or null for the browser's default
 */
public record Cookie(String name, String value, String domain, String path, Double expires,
                     boolean httpOnly, boolean secure, String sameSite) {

    private static final Set<String> SAME_SITE = Set.of("Strict", "Lax", "None");

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if the name is blank, the expiry not finite, or sameSite unknown
     */
    public Cookie {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a cookie name must not be blank: '" + name + "'");
        }
        if (expires != null && !Double.isFinite(expires)) {
            throw new IllegalArgumentException("cookie " + name + ": expires must be a finite number: " + expires);
        }
        if (sameSite != null && !SAME_SITE.contains(sameSite)) {
            throw new IllegalArgumentException("cookie " + name + ": sameSite must be Strict, Lax or None: '" + sameSite + "'");
        }
    }

    /** A session cookie for the URL of the page it is set on. */
    public static Cookie of(String name, String value) {
        return new Cookie(name, value, null, null, null, false, false, null);
    }

    /**
     * A session cookie for the host of {@code url}, path {@code /}.
     *
     * @throws IllegalArgumentException if {@code url} has no host
     */
    public static Cookie of(String name, String value, String url) {
        Objects.requireNonNull(url, "url");
        String host = URI.create(url).getHost();
        if (host == null) {
            throw new IllegalArgumentException("cookie " + name + ": the URL has no host: '" + url + "'");
        }
        return new Cookie(name, value, host, "/", null, false, false, null);
    }

    /** A copy with {@code path}. */
    public Cookie withPath(String path) {
        return new Cookie(name, value, domain, path, expires, httpOnly, secure, sameSite);
    }

    /** A copy that expires at {@code epochSeconds}; null makes it a session cookie. */
    public Cookie withExpires(Double epochSeconds) {
        return new Cookie(name, value, domain, path, epochSeconds, httpOnly, secure, sameSite);
    }

    /** A copy that scripts can or cannot read. */
    public Cookie withHttpOnly(boolean httpOnly) {
        return new Cookie(name, value, domain, path, expires, httpOnly, secure, sameSite);
    }

    /** A copy sent only over HTTPS, or not. */
    public Cookie withSecure(boolean secure) {
        return new Cookie(name, value, domain, path, expires, httpOnly, secure, sameSite);
    }

    /** A copy with the SameSite rule {@code Strict}, {@code Lax}, {@code None}, or null. */
    public Cookie withSameSite(String sameSite) {
        return new Cookie(name, value, domain, path, expires, httpOnly, secure, sameSite);
    }
}
