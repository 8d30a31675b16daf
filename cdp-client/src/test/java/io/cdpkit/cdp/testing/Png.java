package io.cdpkit.cdp.testing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Reads what tests check of a PNG image: its signature and, from the IHDR chunk, its size. */
public record Png(int width, int height) {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /**
     * The size of the PNG image in {@code bytes}.
     *
     * @throws AssertionError if {@code bytes} does not start with the PNG signature and an IHDR chunk
     */
    public static Png read(byte[] bytes) {
        if (bytes.length < 24 || !Arrays.equals(Arrays.copyOf(bytes, SIGNATURE.length), SIGNATURE)) {
            throw new AssertionError("not a PNG image: " + bytes.length + " bytes starting "
                    + Arrays.toString(Arrays.copyOf(bytes, Math.min(bytes.length, 8))));
        }
        ByteBuffer header = ByteBuffer.wrap(bytes, 8, 16);
        header.getInt();
        byte[] chunkType = new byte[4];
        header.get(chunkType);
        if (!"IHDR".equals(new String(chunkType, StandardCharsets.US_ASCII))) {
            throw new AssertionError("PNG without IHDR as its first chunk");
        }
        return new Png(header.getInt(), header.getInt());
    }
}
