package io.cdpkit.cdp;

import io.cdpkit.cdp.protocol.dom.RGBA;
import io.cdpkit.cdp.protocol.dom.Rect;
import io.cdpkit.cdp.protocol.emulation.EmulationDomain;
import io.cdpkit.cdp.protocol.page.CaptureScreenshot;
import io.cdpkit.cdp.protocol.page.CaptureScreenshotFormat;
import io.cdpkit.cdp.protocol.page.PageDomain;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Captures a page's pixels with {@code Page.captureScreenshot}: the viewport, an area of the
 * document (an element's box, a clip, or the whole page with {@code captureBeyondViewport}),
 * decoded from base64 straight into a stream.
 */
final class Screenshots {

    private static final RGBA TRANSPARENT = RGBA.of(0, 0, 0).withA(0.0);

    private final CdpSession session;

    Screenshots(CdpSession session) {
        this.session = session;
    }

    /** The image as bytes; see {@link #capture}. */
    byte[] toBytes(ScreenshotOptions options, BoundingBox area, Duration timeout) {
        ByteArrayOutputStream image = new ByteArrayOutputStream();
        capture(options, area, image, timeout);
        return image.toByteArray();
    }

    /** Writes the image into {@code file}, leaving no partial file on failure; see {@link #capture}. */
    void toFile(Path file, ScreenshotOptions options, BoundingBox area, Duration timeout) {
        FileWrites.write(file, out -> capture(options, area, out, timeout));
    }

    /**
     * Writes the image into {@code out}.
     *
     * @param area the part of the document to capture, or null for the viewport (or the whole
     *             page if {@code options} say so)
     */
    void capture(ScreenshotOptions options, BoundingBox area, OutputStream out, Duration timeout) {
        CaptureScreenshot command = PageDomain.captureScreenshot()
                .withFormat(CaptureScreenshotFormat.of(options.format().protocolName()))
                .withQuality(options.quality());
        BoundingBox clip = options.fullPage() ? wholePage(timeout) : area;
        if (clip != null) {
            command = command.withClip(io.cdpkit.cdp.protocol.page.Viewport.of(clip.x(), clip.y(), clip.width(), clip.height(), 1))
                    .withCaptureBeyondViewport(true);
        }
        if (options.omitBackground()) {
            session.send(EmulationDomain.setDefaultBackgroundColorOverride().withColor(TRANSPARENT), timeout);
        }
        try {
            session.send(command, BinarySink.of("data", out), timeout);
        } finally {
            if (options.omitBackground()) {
                session.send(EmulationDomain.setDefaultBackgroundColorOverride(), timeout);
            }
        }
    }

    private BoundingBox wholePage(Duration timeout) {
        Rect content = session.send(PageDomain.getLayoutMetrics(), timeout).cssContentSize();
        return new BoundingBox(0, 0, Math.ceil(content.width()), Math.ceil(content.height()));
    }
}
