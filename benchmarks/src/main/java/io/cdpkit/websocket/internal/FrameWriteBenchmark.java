package io.cdpkit.websocket.internal;

import io.cdpkit.bench.jmh.JmhDefaults;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import okio.Buffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Encoding one outgoing frame with {@link FrameEncoder}: header, fresh masking key, payload
 * copied into the okio send buffer and masked there. The buffer is emptied after each frame,
 * as a socket write would.
 */
public class FrameWriteBenchmark extends JmhDefaults {

    @Param({"16", "1024", "65536"})
    int size;

    private final FrameEncoder encoder = new FrameEncoder(new MaskKeys(new SecureRandom()));
    private final Buffer out = new Buffer();
    private ByteBuffer binary;
    private String text;

    @Setup
    public void setUp() {
        binary = ByteBuffer.wrap(BenchmarkPayloads.randomBytes(size));
        text = new String(BenchmarkPayloads.cdpLikeText(size, false), StandardCharsets.US_ASCII);
    }

    /** A binary frame from a byte buffer. */
    @Benchmark
    public long binaryFrame() {
        encoder.frame(out, Opcodes.FIN | Opcodes.BINARY, binary);
        long written = out.size();
        out.clear();
        return written;
    }

    /** A text frame from a String, encoded to UTF-8 straight into the send buffer. */
    @Benchmark
    public long textFrame() {
        encoder.frame(out, Opcodes.FIN | Opcodes.TEXT, text, size);
        long written = out.size();
        out.clear();
        return written;
    }
}
