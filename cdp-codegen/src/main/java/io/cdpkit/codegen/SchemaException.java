package io.cdpkit.codegen;

/**
 * The protocol schema contains something the generator cannot understand, such as an unknown
 * {@code type} or a {@code $ref} to a type that does not exist. The message names the domain and
 * the item.
 */
public final class SchemaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SchemaException(String message) {
        super(message);
    }
}
