package io.cdpkit.cdp;

/** Checks string arguments of the page API. */
final class Arguments {

    private Arguments() {
    }

    /**
     * Returns {@code value} if it is neither null nor blank.
     *
     * @param what what the value is, e.g. {@code the selector}, for the message
     * @throws IllegalArgumentException naming {@code what} and the value otherwise
     */
    static String requireNotBlank(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be null or blank: "
                    + (value == null ? "null" : "'" + value + "'"));
        }
        return value;
    }
}
