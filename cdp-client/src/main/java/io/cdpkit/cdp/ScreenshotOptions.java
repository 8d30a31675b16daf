package io.cdpkit.cdp;

import io.cdpkit.cdp.internal.Timeouts;
import java.time.Duration;
import java.util.Objects;

/**
 * What {@link Page#screenshot(ScreenshotOptions)} captures and how. Immutable; build with
 * {@link #builder()}. By default: the viewport, as PNG.
 *
 * <pre>{@code
 * page.screenshot(Path.of("page.jpg"), ScreenshotOptions.builder().format(ImageFormat.JPEG).quality(80).fullPage(true).build());
 * }</pre>
 *
 * <p>At most one of {@link Builder#fullPage(boolean) fullPage}, {@link Builder#clip(BoundingBox)
 * clip} and {@link Builder#selector(String) selector} may be set.
 */
public final class ScreenshotOptions {

    private static final ScreenshotOptions DEFAULTS = builder().build();

    private final ImageFormat format;
    private final Integer quality;
    private final boolean fullPage;
    private final BoundingBox clip;
    private final String selector;
    private final boolean omitBackground;
    private final Duration timeout;

    private ScreenshotOptions(Builder builder) {
        this.format = builder.format;
        this.quality = builder.quality;
        this.fullPage = builder.fullPage;
        this.clip = builder.clip;
        this.selector = builder.selector;
        this.omitBackground = builder.omitBackground;
        this.timeout = builder.timeout;
    }

    /** The viewport as PNG, within the page's default timeout. */
    public static ScreenshotOptions defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.format = format;
        builder.quality = quality;
        builder.fullPage = fullPage;
        builder.clip = clip;
        builder.selector = selector;
        builder.omitBackground = omitBackground;
        builder.timeout = timeout;
        return builder;
    }

    /** The image format. */
    public ImageFormat format() {
        return format;
    }

    /** The JPEG or WebP quality (0-100), or null for the browser's default. */
    public Integer quality() {
        return quality;
    }

    /** True to capture the whole scrollable page instead of the viewport. */
    public boolean fullPage() {
        return fullPage;
    }

    /** The area of the document to capture, in CSS pixels, or null. */
    public BoundingBox clip() {
        return clip;
    }

    /** The CSS selector of the element to capture, or null. */
    public String selector() {
        return selector;
    }

    /** True to capture with a transparent instead of a white default background (PNG and WebP). */
    public boolean omitBackground() {
        return omitBackground;
    }

    /** How long the capture may take; null for the page's default timeout. */
    public Duration timeout() {
        return timeout;
    }

    /** Builds {@link ScreenshotOptions}. */
    public static final class Builder {
        private ImageFormat format = ImageFormat.PNG;
        private Integer quality;
        private boolean fullPage;
        private BoundingBox clip;
        private String selector;
        private boolean omitBackground;
        private Duration timeout;

        private Builder() {
        }

        /** Sets the image format (default PNG). */
        public Builder format(ImageFormat format) {
            this.format = Objects.requireNonNull(format, "format");
            return this;
        }

        /**
         * Sets the quality of a JPEG or WebP image.
         *
         * @throws IllegalArgumentException if it is not within 0-100
         */
        public Builder quality(int quality) {
            if (quality < 0 || quality > 100) {
                throw new IllegalArgumentException("quality must be within 0-100: " + quality);
            }
            this.quality = quality;
            return this;
        }

        /** Captures the whole scrollable page instead of the viewport. */
        public Builder fullPage(boolean fullPage) {
            this.fullPage = fullPage;
            return this;
        }

        /**
         * Captures only this area of the document (CSS pixels, from the document's top-left corner).
         *
         * @throws IllegalArgumentException if it is empty
         */
        public Builder clip(BoundingBox clip) {
            Objects.requireNonNull(clip, "clip");
            if (clip.width() == 0 || clip.height() == 0) {
                throw new IllegalArgumentException("the clip must not be empty: " + clip);
            }
            this.clip = clip;
            return this;
        }

        /**
         * Captures only the first element matching {@code selector}, waiting for it to appear.
         *
         * @throws IllegalArgumentException if it is blank
         */
        public Builder selector(String selector) {
            this.selector = Selectors.require(selector);
            return this;
        }

        /** Captures with a transparent default background (PNG and WebP only). */
        public Builder omitBackground(boolean omitBackground) {
            this.omitBackground = omitBackground;
            return this;
        }

        /**
         * Sets how long the capture may take.
         *
         * @throws IllegalArgumentException if it is not positive
         */
        public Builder timeout(Duration timeout) {
            this.timeout = Timeouts.requirePositive(timeout, "timeout");
            return this;
        }

        /**
         * The options.
         *
         * @throws IllegalArgumentException if more than one of fullPage, clip and selector is set,
         *         if a quality is set for PNG, or if omitBackground is set for JPEG
         */
        public ScreenshotOptions build() {
            int areas = (fullPage ? 1 : 0) + (clip != null ? 1 : 0) + (selector != null ? 1 : 0);
            if (areas > 1) {
                throw new IllegalArgumentException("set at most one of fullPage, clip and selector (fullPage="
                        + fullPage + ", clip=" + clip + ", selector=" + selector + ")");
            }
            if (quality != null && format == ImageFormat.PNG) {
                throw new IllegalArgumentException("quality " + quality + " applies to JPEG and WebP, not PNG");
            }
            if (omitBackground && format == ImageFormat.JPEG) {
                throw new IllegalArgumentException("omitBackground needs a format with transparency (PNG or WebP), not JPEG");
            }
            return new ScreenshotOptions(this);
        }
    }
}
