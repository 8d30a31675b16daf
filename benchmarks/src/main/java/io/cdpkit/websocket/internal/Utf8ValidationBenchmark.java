package io.cdpkit.websocket.internal;

import io.cdpkit.bench.jmh.JmhDefaults;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Incremental UTF-8 validation of a text message arriving in 4 KiB chunks: cdpkit's
 * allocation-free {@link Utf8Validator} against the JDK's {@link CharsetDecoder} used
 * incrementally (decoding into a reused char buffer and keeping the undecoded tail of each
 * chunk), which is how a client without its own validator checks text as it arrives.
 */
public class Utf8ValidationBenchmark extends JmhDefaults {

    private static final int CHUNK = 4096;

    @Param({"65536"})
    int size;

    @Param({"ascii", "mixed"})
    String text;

    private byte[] data;
    private final Utf8Validator validator = new Utf8Validator();
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final CharBuffer chars = CharBuffer.allocate(CHUNK);
    private final ByteBuffer pending = ByteBuffer.allocate(CHUNK + 4);

    @Setup
    public void setUp() {
        data = BenchmarkPayloads.cdpLikeText(size, text.equals("mixed"));
    }

    /** cdpkit: a table-driven state machine that carries its state from chunk to chunk. */
    @Benchmark
    public boolean cdpkitValidator() {
        validator.reset();
        for (int start = 0; start < data.length; start += CHUNK) {
            if (!validator.update(data, start, Math.min(start + CHUNK, data.length))) {
                return false;
            }
        }
        return validator.isComplete();
    }

    /** Reference: the JDK decoder, chunk by chunk, its output thrown away. */
    @Benchmark
    public boolean jdkDecoder() {
        decoder.reset();
        pending.clear();
        for (int start = 0; start < data.length; start += CHUNK) {
            pending.put(data, start, Math.min(CHUNK, data.length - start)).flip();
            boolean last = start + CHUNK >= data.length;
            if (!decode(last)) {
                return false;
            }
            pending.compact();
        }
        return true;
    }

    private boolean decode(boolean last) {
        while (true) {
            chars.clear();
            CoderResult result = decoder.decode(pending, chars, last);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return !last || (decoder.flush(chars).isUnderflow() && !pending.hasRemaining());
            }
        }
    }
}
