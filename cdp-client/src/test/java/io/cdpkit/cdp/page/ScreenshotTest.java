package io.cdpkit.cdp.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdpkit.cdp.BoundingBox;
import io.cdpkit.cdp.CdpTimeoutException;
import io.cdpkit.cdp.ImageFormat;
import io.cdpkit.cdp.Page;
import io.cdpkit.cdp.ScreenshotOptions;
import io.cdpkit.cdp.Viewport;
import io.cdpkit.cdp.testing.Images;
import io.cdpkit.cdp.testing.PageFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Page and element screenshots: areas, formats, files. */
@Timeout(90)
class ScreenshotTest {

    @RegisterExtension
    static final PageFixture fixture = new PageFixture();

    @TempDir
    Path temp;

    @Test
    void viewportScreenshotHasTheViewportsSize() {
        Page page = fixture.page();
        page.setViewport(640, 480);
        page.navigate(fixture.url("hello.html"));

        assertEquals(new Images.Header("png", 640, 480), Images.header(page.screenshot()));
    }

    @Test
    void deviceScaleFactorScalesThePixels() {
        Page page = fixture.page();
        page.setViewport(new Viewport(300, 200, 2, false));
        page.navigate(fixture.url("hello.html"));

        assertEquals(new Images.Header("png", 600, 400), Images.header(page.screenshot()));
    }

    @Test
    void fullPageOfA15000PixelTallPageIsDecodedStraightToAFile() {
        Page page = fixture.page();
        page.setViewport(800, 600);
        page.navigate(fixture.url("tall.html"));
        Path file = temp.resolve("tall.png");

        page.screenshot(file, ScreenshotOptions.builder().fullPage(true).timeout(Duration.ofSeconds(60)).build());

        assertEquals(new Images.Header("png", 800, 15000), Images.header(file));
    }

    @Test
    void elementBySelectorIsCapturedAtItsSize() {
        Page page = fixture.open("form.html");

        byte[] image = page.screenshot(ScreenshotOptions.builder().selector("#hover-target").build());

        assertEquals(new Images.Header("png", 120, 40), Images.header(image));
        assertEquals(0xFFC8C8C8, Images.argb(image, 60, 20), "the element's grey background");
    }

    @Test
    void elementFarBelowTheViewportIsScrolledIntoViewAndCaptured() {
        Page page = fixture.open("form.html");
        BoundingBox box = page.querySelector("#far").boundingBox();

        byte[] image = page.querySelector("#far").screenshot(ScreenshotOptions.defaults());

        Images.Header header = Images.header(image);
        assertEquals(Math.round(box.width()), header.width());
        assertEquals(Math.round(box.height()), header.height());
    }

    @Test
    void clipCapturesThatAreaOfTheDocument() {
        Page page = fixture.open("tall.html");

        byte[] image = page.screenshot(ScreenshotOptions.builder().clip(new BoundingBox(10, 14000, 50, 30)).build());

        assertEquals(new Images.Header("png", 50, 30), Images.header(image));
        int rgb = Images.argb(image, 25, 15);
        assertTrue((rgb & 0xFF) > ((rgb >> 16) & 0xFF), "near the bottom the gradient is more blue than red: " + Integer.toHexString(rgb));
    }

    @Test
    void jpegAndWebpFormats() {
        Page page = fixture.page();
        page.setViewport(320, 240);
        page.navigate(fixture.url("hello.html"));

        byte[] jpeg = page.screenshot(ScreenshotOptions.builder().format(ImageFormat.JPEG).quality(50).build());
        byte[] webp = page.screenshot(ScreenshotOptions.builder().format(ImageFormat.WEBP).build());

        assertEquals(new Images.Header("jpeg", 320, 240), Images.header(jpeg));
        assertEquals("webp", Images.header(webp).format());
    }

    @Test
    void omitBackgroundLeavesTransparentPixels() {
        Page page = fixture.page();
        page.setContent("<html><body><p>transparent</p></body></html>");

        byte[] transparent = page.screenshot(ScreenshotOptions.builder().omitBackground(true).build());
        byte[] opaque = page.screenshot();

        assertEquals(0, Images.argb(transparent, 5, 5) >>> 24, "alpha of the page's corner");
        assertEquals(0xFFFFFFFF, Images.argb(opaque, 5, 5), "the default background is white again");
    }

    @Test
    void aSelectorThatNeverAppearsTimesOutNamingIt() {
        Page page = fixture.open("hello.html");
        Path file = temp.resolve("never.png");

        CdpTimeoutException timeout = assertThrows(CdpTimeoutException.class, () -> page.screenshot(file,
                ScreenshotOptions.builder().selector("#never").timeout(Duration.ofMillis(500)).build()));

        assertTrue(timeout.getMessage().contains("'#never'"), timeout.getMessage());
        assertFalse(Files.exists(file), "no partial file");
    }

    @Test
    void contradictoryOptionsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ScreenshotOptions.builder().quality(80).build());
        assertThrows(IllegalArgumentException.class, () -> ScreenshotOptions.builder().quality(101));
        assertThrows(IllegalArgumentException.class,
                () -> ScreenshotOptions.builder().fullPage(true).clip(new BoundingBox(0, 0, 1, 1)).build());
        assertThrows(IllegalArgumentException.class, () -> ScreenshotOptions.builder().selector(" "));
        assertThrows(IllegalArgumentException.class, () -> ScreenshotOptions.builder().clip(new BoundingBox(0, 0, 0, 5)));
        assertThrows(IllegalArgumentException.class, () -> new BoundingBox(0, 0, -1, 5));
        assertThrows(IllegalArgumentException.class,
                () -> ScreenshotOptions.builder().format(ImageFormat.JPEG).omitBackground(true).build());
        assertThrows(IllegalArgumentException.class, () -> new Viewport(0, 100, 1, false));
        assertThrows(IllegalArgumentException.class, () -> new Viewport(100, 100, -2, false));
    }

    @Test
    void elementScreenshotRejectsPageAreas() {
        Page page = fixture.open("hello.html");

        assertThrows(IllegalArgumentException.class,
                () -> page.querySelector("h1").screenshot(ScreenshotOptions.builder().fullPage(true).build()));
    }
}
