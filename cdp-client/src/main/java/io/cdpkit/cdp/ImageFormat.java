package io.cdpkit.cdp;

/** The image format of a screenshot. */
public enum ImageFormat {

    /** Lossless PNG, the default; supports transparency. */
    PNG("png"),

    /** Lossy JPEG, with a quality from 0 to 100. */
    JPEG("jpeg"),

    /** WebP, with a quality from 0 to 100; supports transparency. */
    WEBP("webp");

    private final String protocolName;

    ImageFormat(String protocolName) {
        this.protocolName = protocolName;
    }

    /** The format's name in {@code Page.captureScreenshot}. */
    String protocolName() {
        return protocolName;
    }
}
