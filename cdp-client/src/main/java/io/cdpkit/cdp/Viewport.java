package io.cdpkit.cdp;

/**
 * The emulated screen of a page ({@link Page#setViewport(Viewport)}).
 *
 * @param width the viewport width in CSS pixels (1 to 10,000,000)
 * @param height the viewport height in CSS pixels (1 to 10,000,000)
 * @param deviceScaleFactor device pixels per CSS pixel, e.g. 2 for a high-density screen
 * @param mobile true to emulate a mobile device (meta viewport, overlay scrollbars)
 */
public record Viewport(int width, int height, double deviceScaleFactor, boolean mobile) {

    private static final int MAX_SIZE = 10_000_000;

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if a size is out of range or the scale factor is not positive
     */
    public Viewport {
        requireSize(width, "width");
        requireSize(height, "height");
        if (!(deviceScaleFactor > 0) || Double.isInfinite(deviceScaleFactor)) {
            throw new IllegalArgumentException("deviceScaleFactor must be a positive number: " + deviceScaleFactor);
        }
    }

    /** A desktop viewport of {@code width} x {@code height} CSS pixels at scale factor 1. */
    public static Viewport of(int width, int height) {
        return new Viewport(width, height, 1, false);
    }

    private static void requireSize(int size, String name) {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("viewport " + name + " must be within 1-" + MAX_SIZE + ": " + size);
        }
    }
}
