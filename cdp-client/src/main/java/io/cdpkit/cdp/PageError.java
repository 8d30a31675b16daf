package io.cdpkit.cdp;

/**
 * An exception the page's own JavaScript did not catch (a script error, a rejected promise no
 * one handled).
 *
 * @param message the error's message without its name, e.g. {@code boom}
 * @param stack the error's stack as JavaScript prints it, {@code Error: boom\n    at ...}
 */
public record PageError(String message, String stack) {
}
