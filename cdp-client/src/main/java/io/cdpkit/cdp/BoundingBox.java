package io.cdpkit.cdp;

/**
 * A rectangle in CSS pixels. For elements: relative to the top-left corner of the main frame's
 * viewport; for screenshot clips: relative to the document.
 *
 * @param x the left edge
 * @param y the top edge
 * @param width the width, not negative
 * @param height the height, not negative
 */
public record BoundingBox(double x, double y, double width, double height) {

    /**
     * Checks the rectangle.
     *
     * @throws IllegalArgumentException if a value is not finite or a size is negative
     */
    public BoundingBox {
        requireFinite(x, "x");
        requireFinite(y, "y");
        requireFinite(width, "width");
        requireFinite(height, "height");
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("a bounding box cannot have a negative size: " + width + " x " + height);
        }
    }

    /** The horizontal centre. */
    public double centerX() {
        return x + width / 2;
    }

    /** The vertical centre. */
    public double centerY() {
        return y + height / 2;
    }

    /** This box moved by ({@code dx}, {@code dy}). */
    public BoundingBox translate(double dx, double dy) {
        return new BoundingBox(x + dx, y + dy, width, height);
    }

    private static void requireFinite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number: " + value);
        }
    }
}
