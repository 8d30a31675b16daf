package io.cdpkit.cdp.internal;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A URL pattern in the syntax of {@code Fetch.RequestPattern.urlPattern}: {@code *} matches any
 * run of characters, {@code ?} exactly one, and a backslash makes the next character literal.
 * The browser applies it to decide which requests to pause; this class applies the same rule to
 * pick the handler of a paused request.
 */
public final class UrlGlob {

    private final String pattern;
    private final Pattern regex;

    private UrlGlob(String pattern, Pattern regex) {
        this.pattern = pattern;
        this.regex = regex;
    }

    /**
     * Compiles {@code pattern}.
     *
     * @throws IllegalArgumentException if it is blank or ends with a lone backslash
     */
    public static UrlGlob of(String pattern) {
        Objects.requireNonNull(pattern, "urlPattern");
        if (pattern.isBlank()) {
            throw new IllegalArgumentException("the URL pattern must not be blank: '" + pattern + "'");
        }
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else if (c == '\\') {
                if (++i == pattern.length()) {
                    throw new IllegalArgumentException("the URL pattern ends with a lone backslash: '" + pattern + "'");
                }
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(i))));
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return new UrlGlob(pattern, Pattern.compile(regex.toString(), Pattern.DOTALL));
    }

    /** True if the whole of {@code url} matches. */
    public boolean matches(String url) {
        return regex.matcher(url).matches();
    }

    /** The pattern as given. */
    public String pattern() {
        return pattern;
    }

    @Override
    public String toString() {
        return pattern;
    }
}
