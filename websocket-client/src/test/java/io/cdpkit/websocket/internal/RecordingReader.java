package io.cdpkit.websocket.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okio.Buffer;
import okio.BufferedSource;
import okio.ByteString;
import okio.Okio;
import okio.Source;

/**
 * Drives a {@link MessageReader} over a source and records what it saw, as strings:
 * {@code text:<payload>}, {@code binary:<hex>}, {@code ping:<hex>}, {@code pong:<hex>},
 * {@code close:<code>:<reason>}.
 */
final class RecordingReader implements ControlFrameListener {

    final List<String> events = new ArrayList<>();
    private final MessageReader reader;

    RecordingReader(Source source, long maxFrameSize, long maxMessageSize, MessageInflater inflater) {
        BufferedSource buffered = Okio.buffer(source);
        this.reader = new MessageReader(buffered, maxFrameSize, maxMessageSize, true, inflater, this);
    }

    RecordingReader(Source source) {
        this(source, Long.MAX_VALUE, Long.MAX_VALUE, null);
    }

    /** Reads messages until the close frame (or a failure, which propagates). */
    List<String> readAll() throws IOException {
        while (true) {
            int opcode = reader.nextMessage();
            if (opcode == MessageReader.CLOSED) {
                return events;
            }
            Buffer payload = new Buffer();
            while (reader.read(payload, 1 + payload.size() % 5000) != -1) {
                // read in varying steps until the end of the message
            }
            events.add(opcode == Opcodes.TEXT ? "text:" + payload.readUtf8() : "binary:" + payload.readByteString().hex());
        }
    }

    @Override
    public void onPing(ByteString payload) {
        events.add("ping:" + payload.hex());
    }

    @Override
    public void onPong(ByteString payload) {
        events.add("pong:" + payload.hex());
    }

    @Override
    public void onClose(int code, String reason) {
        events.add("close:" + code + ":" + reason);
    }
}
