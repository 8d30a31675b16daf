package io.cdpkit.websocket.internal;

import io.cdpkit.bench.jmh.JmhDefaults;
import java.io.IOException;
import okio.Buffer;
import okio.ByteString;
import okio.Okio;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Reading one incoming single-frame message with {@link MessageReader}: header checks, payload
 * moved out of the socket buffer, and for text the incremental UTF-8 validation. The "socket"
 * is an endless {@link RepeatingSource} of the same server frame, read 64 KiB at a time.
 */
public class FrameReadBenchmark extends JmhDefaults {

    private static final int SOCKET_READ = 64 * 1024;

    @Param({"16", "1024", "65536"})
    int size;

    @Param({"text", "binary"})
    String type;

    private MessageReader reader;
    private final Buffer sink = new Buffer();

    @Setup
    public void setUp() {
        boolean text = type.equals("text");
        byte[] payload = text ? BenchmarkPayloads.cdpLikeText(size, true) : BenchmarkPayloads.randomBytes(size);
        ByteString frame = serverFrame(text ? Opcodes.TEXT : Opcodes.BINARY, ByteString.of(payload));
        reader = new MessageReader(Okio.buffer(new RepeatingSource(frame, SOCKET_READ)), Long.MAX_VALUE,
                Long.MAX_VALUE, true, null, new IgnoredControlFrames());
    }

    /** One whole message: its header, then its payload until the end of the message. */
    @Benchmark
    public long readMessage() throws IOException {
        reader.nextMessage();
        while (reader.read(sink, Long.MAX_VALUE) != -1) {
            // Keep reading until the end of the message.
        }
        long read = sink.size();
        sink.clear();
        return read;
    }

    /** An unmasked server frame carrying {@code payload} whole. */
    static ByteString serverFrame(int opcode, ByteString payload) {
        Buffer frame = new Buffer().writeByte(Opcodes.FIN | opcode);
        int length = payload.size();
        if (length <= 125) {
            frame.writeByte(length);
        } else if (length <= 0xffff) {
            frame.writeByte(126).writeShort(length);
        } else {
            frame.writeByte(127).writeLong(length);
        }
        return frame.write(payload).readByteString();
    }

    /** The benchmark stream has no control frames. */
    private static final class IgnoredControlFrames implements ControlFrameListener {
        @Override
        public void onPing(ByteString payload) {
            throw new IllegalStateException("no pings in the benchmark stream");
        }

        @Override
        public void onPong(ByteString payload) {
            throw new IllegalStateException("no pongs in the benchmark stream");
        }

        @Override
        public void onClose(int code, String reason) {
            throw new IllegalStateException("no close in the benchmark stream");
        }
    }
}
