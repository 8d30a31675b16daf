package io.cdpkit.websocket.internal;

import io.cdpkit.bench.jmh.JmhDefaults;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Client-to-server masking (RFC 6455 section 5.3): cdpkit's word-at-a-time {@link Masking}
 * against the textbook loop that XORs one byte at a time.
 */
public class MaskingBenchmark extends JmhDefaults {

    private static final int KEY = 0x1a2b3c4d;

    @Param({"16", "1024", "65536", "1048576"})
    int size;

    private byte[] data;
    private final byte[] keyBytes = {0x1a, 0x2b, 0x3c, 0x4d};

    @Setup
    public void setUp() {
        data = BenchmarkPayloads.randomBytes(size);
    }

    /** cdpkit: eight bytes per step through a long view of the array. */
    @Benchmark
    public byte[] wordAtATime() {
        Masking.mask(data, 0, data.length, KEY, 0);
        return data;
    }

    /** Reference: one byte per step. */
    @Benchmark
    public byte[] byteAtATime() {
        byte[] d = data;
        for (int i = 0; i < d.length; i++) {
            d[i] ^= keyBytes[i & 3];
        }
        return d;
    }
}
