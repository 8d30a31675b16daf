package io.cdpkit.cdp;

import io.cdpkit.cdp.internal.Timeouts;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@link Page#pdf(java.nio.file.Path, PdfOptions)} prints. Immutable; build with
 * {@link #builder()}. Unset values take the browser's defaults: portrait US Letter
 * (8.5 x 11 in), margins of about 0.4 in, scale 1, no backgrounds, all pages.
 *
 * <pre>{@code
 * page.pdf(Path.of("report.pdf"), PdfOptions.builder().landscape(true).printBackground(true).paperSize(8.27, 11.69).build());
 * }</pre>
 */
public final class PdfOptions {

    private static final PdfOptions DEFAULTS = builder().build();

    private final boolean landscape;
    private final boolean printBackground;
    private final Double scale;
    private final Double paperWidth;
    private final Double paperHeight;
    private final Margins margins;
    private final String pageRanges;
    private final boolean preferCssPageSize;
    private final Duration timeout;

    /**
     * Page margins in inches.
     *
     * @param top the top margin
     * @param right the right margin
     * @param bottom the bottom margin
     * @param left the left margin
     */
    public record Margins(double top, double right, double bottom, double left) {

        /**
         * Checks the margins.
         *
         * @throws IllegalArgumentException if one is negative or not finite
         */
        public Margins {
            requireNotNegative(top, "top margin");
            requireNotNegative(right, "right margin");
            requireNotNegative(bottom, "bottom margin");
            requireNotNegative(left, "left margin");
        }
    }

    private PdfOptions(Builder builder) {
        this.landscape = builder.landscape;
        this.printBackground = builder.printBackground;
        this.scale = builder.scale;
        this.paperWidth = builder.paperWidth;
        this.paperHeight = builder.paperHeight;
        this.margins = builder.margins;
        this.pageRanges = builder.pageRanges;
        this.preferCssPageSize = builder.preferCssPageSize;
        this.timeout = builder.timeout;
    }

    /** The browser's defaults, within the page's default timeout. */
    public static PdfOptions defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** True for landscape orientation. */
    public boolean landscape() {
        return landscape;
    }

    /** True to print background colours and images. */
    public boolean printBackground() {
        return printBackground;
    }

    /** The rendering scale (0.1-2), or null for 1. */
    public Double scale() {
        return scale;
    }

    /** The paper width in inches, or null for the browser's default. */
    public Double paperWidth() {
        return paperWidth;
    }

    /** The paper height in inches, or null for the browser's default. */
    public Double paperHeight() {
        return paperHeight;
    }

    /** The margins, or null for the browser's default. */
    public Margins margins() {
        return margins;
    }

    /** The pages to print, e.g. {@code 1-5, 8}, or null for all. */
    public String pageRanges() {
        return pageRanges;
    }

    /** True to let a CSS {@code @page} size win over the paper size. */
    public boolean preferCssPageSize() {
        return preferCssPageSize;
    }

    /** How long printing may take; null for the page's default timeout. */
    public Duration timeout() {
        return timeout;
    }

    private static double requirePositive(double value, String name) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a positive number: " + value);
        }
        return value;
    }

    private static void requireNotNegative(double value, String name) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be zero or more: " + value);
        }
    }

    /** Builds {@link PdfOptions}. */
    public static final class Builder {
        private boolean landscape;
        private boolean printBackground;
        private Double scale;
        private Double paperWidth;
        private Double paperHeight;
        private Margins margins;
        private String pageRanges;
        private boolean preferCssPageSize;
        private Duration timeout;

        private Builder() {
        }

        /** Prints in landscape orientation. */
        public Builder landscape(boolean landscape) {
            this.landscape = landscape;
            return this;
        }

        /** Prints background colours and images. */
        public Builder printBackground(boolean printBackground) {
            this.printBackground = printBackground;
            return this;
        }

        /**
         * Sets the rendering scale.
         *
         * @throws IllegalArgumentException if it is not within 0.1-2
         */
        public Builder scale(double scale) {
            if (!(scale >= 0.1 && scale <= 2)) {
                throw new IllegalArgumentException("scale must be within 0.1-2: " + scale);
            }
            this.scale = scale;
            return this;
        }

        /**
         * Sets the paper width in inches.
         *
         * @throws IllegalArgumentException if it is not positive
         */
        public Builder paperWidth(double inches) {
            this.paperWidth = requirePositive(inches, "paperWidth");
            return this;
        }

        /**
         * Sets the paper height in inches.
         *
         * @throws IllegalArgumentException if it is not positive
         */
        public Builder paperHeight(double inches) {
            this.paperHeight = requirePositive(inches, "paperHeight");
            return this;
        }

        /**
         * Sets the paper size in inches, e.g. 8.27 x 11.69 for A4.
         *
         * @throws IllegalArgumentException if a size is not positive
         */
        public Builder paperSize(double widthInches, double heightInches) {
            return paperWidth(widthInches).paperHeight(heightInches);
        }

        /**
         * Sets the margins in inches.
         *
         * @throws IllegalArgumentException if one is negative
         */
        public Builder margins(double top, double right, double bottom, double left) {
            this.margins = new Margins(top, right, bottom, left);
            return this;
        }

        /**
         * Prints only these pages, e.g. {@code 1-5, 8, 11-13}.
         *
         * @throws IllegalArgumentException if it is blank
         */
        public Builder pageRanges(String pageRanges) {
            Objects.requireNonNull(pageRanges, "pageRanges");
            if (pageRanges.isBlank()) {
                throw new IllegalArgumentException("pageRanges must not be blank: '" + pageRanges + "'");
            }
            this.pageRanges = pageRanges;
            return this;
        }

        /** Lets a CSS {@code @page} size win over the paper size. */
        public Builder preferCssPageSize(boolean preferCssPageSize) {
            this.preferCssPageSize = preferCssPageSize;
            return this;
        }

        /**
         * Sets how long printing may take.
         *
         * @throws IllegalArgumentException if it is not positive
         */
        public Builder timeout(Duration timeout) {
            this.timeout = Timeouts.requirePositive(timeout, "timeout");
            return this;
        }

        /** The options. */
        public PdfOptions build() {
            return new PdfOptions(this);
        }
    }
}
