package io.cdpkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The screenshot example against its own demo page. */
@Timeout(120)
class ScreenshotTest {

    @TempDir
    Path temp;

    @Test
    void savesAFullPagePngOfItsOwnPage() throws Exception {
        Path file = temp.resolve("demo.png");

        ExampleRun run = ExampleRun.of(Screenshot::run, "-", file.toString());

        assertEquals(0, run.status(), run::toString);
        assertEquals("Saved " + file + " (" + Files.size(file) + " bytes)", run.out().strip());
        assertTrue(run.err().startsWith("Serving http://127.0.0.1:"), run::toString);
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(1024, image.getWidth());
        assertTrue(image.getHeight() >= 600, "full page, at least the viewport: " + image.getHeight());
        assertTrue(pixelsOf(image, 0xef6c00) >= 160 * 100 * 9 / 10, "the orange tile is in the picture");
    }

    private static int pixelsOf(BufferedImage image, int rgb) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    count++;
                }
            }
        }
        return count;
    }
}
