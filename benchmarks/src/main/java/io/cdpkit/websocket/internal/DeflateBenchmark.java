package io.cdpkit.websocket.internal;

import io.cdpkit.bench.jmh.JmhDefaults;
import java.io.IOException;
import java.util.zip.Deflater;
import okio.Buffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * permessage-deflate of one CDP-like text message, without context takeover (so every message
 * is compressed on its own): {@link MessageDeflater} into an okio buffer, and
 * {@link MessageInflater} back out of one, both working on okio segments directly.
 */
public class DeflateBenchmark extends JmhDefaults {

    @Param({"1024", "65536"})
    int size;

    private byte[] message;
    private byte[] compressed;
    private MessageDeflater deflater;
    private MessageInflater inflater;
    private final Buffer payload = new Buffer();
    private final Buffer out = new Buffer();
    private final Buffer input = new Buffer();

    @Setup
    public void setUp() {
        message = BenchmarkPayloads.cdpLikeText(size, false);
        deflater = new MessageDeflater(Deflater.DEFAULT_COMPRESSION, true);
        inflater = new MessageInflater(true);
        deflater.deflate(new Buffer().write(message), out);
        compressed = out.readByteArray();
    }

    @TearDown
    public void tearDown() {
        deflater.close();
        inflater.close();
    }

    /** Compresses one message (sync flush, tail stripped). */
    @Benchmark
    public long deflate() {
        payload.write(message);
        deflater.deflate(payload, out);
        long written = out.size();
        out.clear();
        return written;
    }

    /** Inflates one compressed message, in 64 KiB output steps as the reader does. */
    @Benchmark
    public long inflate() throws IOException {
        input.write(compressed);
        inflater.feed(input, compressed.length);
        inflater.feedTail();
        while (inflater.inflate(out, 64 * 1024) > 0) {
            // Keep inflating until the fed input is used up.
        }
        inflater.endMessage();
        long inflated = out.size();
        out.clear();
        return inflated;
    }
}
