package io.cdpkit.websocket.internal;

import java.security.SecureRandom;

/**
 * Fresh 4-byte masking keys from a {@link SecureRandom}, drawn in bulk so the random generator
 * is not called for every frame. Not thread-safe: the frame encoder uses it under its lock.
 */
final class MaskKeys {

    private static final int POOL_BYTES = 512;

    private final SecureRandom random;
    private final byte[] pool = new byte[POOL_BYTES];
    private int next = POOL_BYTES;

    MaskKeys(SecureRandom random) {
        this.random = random;
    }

    /** The next key. */
    int nextKey() {
        if (next == POOL_BYTES) {
            random.nextBytes(pool);
            next = 0;
        }
        int key = (pool[next] & 0xff) << 24 | (pool[next + 1] & 0xff) << 16 | (pool[next + 2] & 0xff) << 8
                | (pool[next + 3] & 0xff);
        next += 4;
        return key;
    }
}
