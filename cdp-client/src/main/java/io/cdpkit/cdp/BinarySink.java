package io.cdpkit.cdp;

import java.io.OutputStream;
import java.util.Objects;

/**
 * Where a base64 field of a command's result goes: decoded straight into {@code out} while the
 * reply is read from the socket, so a large screenshot or PDF chunk is never held as a string or
 * byte array. The field is left null in the returned result; the stream is not closed.
 *
 * <pre>{@code
 * try (OutputStream file = Files.newOutputStream(path)) {
 *     session.send(PageDomain.captureScreenshot(), BinarySink.of("data", file));
 * }
 * }</pre>
 *
 * <p>{@code out} is written on the connection's reader thread: a slow stream delays every other
 * message of the connection for that long.
 *
 * @param field the name of the base64 field of the result object, e.g. {@code data}
 * @param out where the decoded bytes are written
 */
public record BinarySink(String field, OutputStream out) {

    /**
     * Checks the arguments.
     *
     * @throws IllegalArgumentException if {@code field} is blank
     */
    public BinarySink {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(out, "out");
        if (field.isBlank()) {
            throw new IllegalArgumentException("the binary field name must not be blank: '" + field + "'");
        }
    }

    /** Decodes result field {@code field} into {@code out}. */
    public static BinarySink of(String field, OutputStream out) {
        return new BinarySink(field, out);
    }
}
