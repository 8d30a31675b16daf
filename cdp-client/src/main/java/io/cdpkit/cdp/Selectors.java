package io.cdpkit.cdp;

import java.util.function.Supplier;

/** Checks CSS selector arguments and reports invalid ones. */
final class Selectors {

    private Selectors() {
    }

    /**
     * Returns {@code selector} if it is not blank.
     *
     * @throws IllegalArgumentException naming the value if it is null or blank
     */
    static String require(String selector) {
        return Arguments.requireNotBlank(selector, "the selector");
    }

    /**
     * Checks {@code selector} and runs {@code query} with it; the page's complaint about invalid
     * CSS becomes an {@link IllegalArgumentException} naming the selector.
     */
    static <T> T query(String selector, Supplier<T> query) {
        require(selector);
        try {
            return query.get();
        } catch (EvaluationException e) {
            if (e.jsMessage() != null && e.jsMessage().contains("is not a valid selector")) {
                throw new IllegalArgumentException("not a valid CSS selector: '" + selector + "'", e);
            }
            throw e;
        }
    }
}
