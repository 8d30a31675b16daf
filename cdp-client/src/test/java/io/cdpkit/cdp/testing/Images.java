package io.cdpkit.cdp.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * What screenshot tests check of an image: its format and size read from the file header (for
 * PNG the IHDR chunk, without decoding the pixels), or single pixels of a decoded PNG or JPEG.
 */
public final class Images {

    /**
     * An image's format and size.
     *
     * @param format {@code png}, {@code jpeg} or {@code webp}
     * @param width the width in pixels (0 for WebP, which only the signature is checked of)
     * @param height the height in pixels (0 for WebP)
     */
    public record Header(String format, int width, int height) {
    }

    private Images() {
    }

    /** The header of the image in {@code file}. */
    public static Header header(Path file) {
        try {
            return header(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The header of the image in {@code bytes}.
     *
     * @throws AssertionError if it is not a PNG, JPEG or WebP image
     */
    public static Header header(byte[] bytes) {
        if (bytes.length > 12 && "RIFF".equals(ascii(bytes, 0)) && "WEBP".equals(ascii(bytes, 8))) {
            return new Header("webp", 0, 0);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new AssertionError("not an image: " + bytes.length + " bytes starting "
                        + Arrays.toString(Arrays.copyOf(bytes, Math.min(bytes.length, 8))));
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new Header(reader.getFormatName().toLowerCase(), reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ARGB value of pixel ({@code x}, {@code y}) of a PNG or JPEG image. */
    public static int argb(byte[] bytes, int x, int y) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            return image.getRGB(x, y);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String ascii(byte[] bytes, int offset) {
        return new String(bytes, offset, 4, StandardCharsets.US_ASCII);
    }
}
