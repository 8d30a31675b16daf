package io.cdpkit.bench.cdp;

import io.cdpkit.bench.harness.BenchmarkException;
import java.nio.ByteBuffer;

/** Checks PNG images by their signature and header chunk, without decoding the pixels. */
final class Png {

    private static final long SIGNATURE = 0x89504E470D0A1A0AL;
    private static final int IHDR = 0x49484452;
    private static final int HEADER_BYTES = 24;

    private Png() {
    }

    /**
     * Checks that {@code png} is a PNG of {@code width} x {@code height} pixels.
     *
     * @throws BenchmarkException naming what was found instead
     */
    static void requireSize(byte[] png, int width, int height) throws BenchmarkException {
        if (png.length < HEADER_BYTES) {
            throw new BenchmarkException("Screenshot of " + png.length + " bytes is no PNG");
        }
        ByteBuffer header = ByteBuffer.wrap(png);
        if (header.getLong(0) != SIGNATURE || header.getInt(12) != IHDR) {
            throw new BenchmarkException("Screenshot does not start with a PNG signature and header");
        }
        int actualWidth = header.getInt(16);
        int actualHeight = header.getInt(20);
        if (actualWidth != width || actualHeight != height) {
            throw new BenchmarkException("Screenshot is " + actualWidth + "x" + actualHeight
                    + ", expected " + width + "x" + height);
        }
    }
}
