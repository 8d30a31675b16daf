package io.cdpkit.websocket.internal;

import io.cdpkit.websocket.CloseCodes;
import io.cdpkit.websocket.WebSocketProtocolException;
import java.io.EOFException;
import java.io.IOException;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Turns frames into messages: finds where a message starts, then yields its payload in chunks,
 * reading continuation frames as needed and handing interleaved control frames to a
 * {@link ControlFrameListener}. Enforces the message-level rules: continuation only inside a
 * fragmented message, no new message before the last one ended (1002), the message size limit
 * (checked from the frame header before reading, and on the inflated size for compressed
 * messages; 1009), and incremental UTF-8 validity of text, also of close reasons (1007).
 * Inflates permessage-deflate messages when a {@link MessageInflater} is given.
 */
final class MessageReader {

    /** Returned by {@link #nextMessage()} when a close frame ended the stream of messages. */
    static final int CLOSED = -1;

    /** How many compressed bytes are fed to the inflater at a time. */
    private static final long INFLATE_INPUT_CHUNK = 64 * 1024;

    private final FrameReader frames;
    private final BufferedSource source;
    private final ControlFrameListener listener;
    private final long maxMessageSize;
    private final boolean validateUtf8;
    private final MessageInflater inflater;
    private final Utf8Validator utf8 = new Utf8Validator();
    private final Buffer controlPayload = new Buffer();

    private boolean lastFrame;
    private long frameRemaining;
    private long messageSize;
    private boolean compressed;
    private boolean tailFed;
    private boolean validating;

    /**
     * @param inflater the inflater when permessage-deflate was negotiated, else null; this reader closes it
     */
    MessageReader(BufferedSource source, long maxFrameSize, long maxMessageSize, boolean validateUtf8,
            MessageInflater inflater, ControlFrameListener listener) {
        this.source = source;
        this.frames = new FrameReader(source, maxFrameSize, inflater != null);
        this.maxMessageSize = maxMessageSize;
        this.validateUtf8 = validateUtf8;
        this.inflater = inflater;
        this.listener = listener;
    }

    /**
     * Reads frames until a message starts, handling control frames on the way.
     *
     * @return {@link Opcodes#TEXT} or {@link Opcodes#BINARY}, or {@link #CLOSED} after a close frame
     */
    int nextMessage() throws IOException {
        while (true) {
            frames.readHeader();
            if (frames.isControl()) {
                if (readControlFrame()) {
                    return CLOSED;
                }
                continue;
            }
            if (frames.opcode() == Opcodes.CONTINUATION) {
                throw FrameReader.protocolError("Continuation frame without a message to continue");
            }
            compressed = frames.isCompressed();
            tailFed = false;
            messageSize = 0;
            validating = validateUtf8 && frames.opcode() == Opcodes.TEXT;
            utf8.reset();
            startFrame();
            return frames.opcode();
        }
    }

    /**
     * True when the whole current message is one uncompressed frame of at most {@code limit}
     * bytes, none of it read yet, and all of it already buffered (so reading it cannot block).
     */
    boolean isWholeMessageBuffered(long limit) {
        return lastFrame && !compressed && frameRemaining <= limit && frameRemaining == frames.payloadLength()
                && source.getBuffer().size() >= frameRemaining;
    }

    /**
     * Reads at most {@code byteCount} (positive) bytes of the current message's payload into
     * {@code sink}, decompressed and validated.
     *
     * @return the number of bytes read, or -1 at the end of the message
     * @throws PeerClosedException when a close frame arrives before the message ended
     */
    long read(Buffer sink, long byteCount) throws IOException {
        return compressed ? readCompressed(sink, byteCount) : readPlain(sink, byteCount);
    }

    private long readPlain(Buffer sink, long byteCount) throws IOException {
        while (frameRemaining == 0) {
            if (lastFrame) {
                return endMessage();
            }
            readContinuationHeader();
        }
        long offset = sink.size();
        long n = source.read(sink, Math.min(byteCount, frameRemaining));
        if (n == -1) {
            throw new EOFException("End of stream inside a frame");
        }
        frameRemaining -= n;
        validate(sink, offset, n);
        return n;
    }

    private long readCompressed(Buffer sink, long byteCount) throws IOException {
        while (true) {
            long offset = sink.size();
            long n = inflater.inflate(sink, byteCount);
            if (n > 0) {
                messageSize += n;
                if (messageSize > maxMessageSize) {
                    throw tooBig("Inflated message");
                }
                validate(sink, offset, n);
                return n;
            }
            if (frameRemaining > 0) {
                long chunk = Math.min(frameRemaining, INFLATE_INPUT_CHUNK);
                inflater.feed(source, chunk);
                frameRemaining -= chunk;
            } else if (!lastFrame) {
                readContinuationHeader();
            } else if (!tailFed) {
                inflater.feedTail();
                tailFed = true;
            } else {
                inflater.endMessage();
                return endMessage();
            }
        }
    }

    private void startFrame() {
        lastFrame = frames.isFinal();
        frameRemaining = frames.payloadLength();
        if (!compressed) {
            messageSize += frameRemaining;
            if (messageSize > maxMessageSize) {
                throw tooBig("Message");
            }
        }
    }

    private WebSocketProtocolException tooBig(String what) {
        return new WebSocketProtocolException(CloseCodes.MESSAGE_TOO_BIG,
                what + " of more than " + maxMessageSize + " bytes exceeds maxMessageSize");
    }

    private void readContinuationHeader() throws IOException {
        while (true) {
            frames.readHeader();
            if (frames.isControl()) {
                if (readControlFrame()) {
                    throw new PeerClosedException();
                }
                continue;
            }
            if (frames.opcode() != Opcodes.CONTINUATION) {
                throw FrameReader.protocolError("New " + FrameReader.describe(frames.opcode())
                        + " frame before the fragmented message ended");
            }
            startFrame();
            return;
        }
    }

    private void validate(Buffer sink, long offset, long byteCount) {
        if (validating && !utf8.update(sink, offset, byteCount)) {
            throw new WebSocketProtocolException(CloseCodes.INVALID_PAYLOAD, "Invalid UTF-8 in a text message");
        }
    }

    private long endMessage() {
        if (validating && !utf8.isComplete()) {
            throw new WebSocketProtocolException(CloseCodes.INVALID_PAYLOAD,
                    "Text message ends inside a UTF-8 sequence");
        }
        return -1;
    }

    /** Reads and dispatches one control frame; returns true if it was a close frame. */
    private boolean readControlFrame() throws IOException {
        source.readFully(controlPayload, frames.payloadLength());
        switch (frames.opcode()) {
            case Opcodes.PING:
                listener.onPing(controlPayload.readByteString());
                return false;
            case Opcodes.PONG:
                listener.onPong(controlPayload.readByteString());
                return false;
            default:
                readClosePayload();
                return true;
        }
    }

    private void readClosePayload() throws EOFException {
        long size = controlPayload.size();
        if (size == 0) {
            listener.onClose(CloseCodes.NO_STATUS, "");
            return;
        }
        if (size == 1) {
            throw FrameReader.protocolError("Close frame with a 1-byte payload");
        }
        int code = controlPayload.readShort() & 0xffff;
        if (!CloseCodes.isSendable(code)) {
            throw FrameReader.protocolError("Close frame with invalid close code " + code);
        }
        Utf8Validator reasonValidator = new Utf8Validator();
        if (!reasonValidator.update(controlPayload, 0, controlPayload.size()) || !reasonValidator.isComplete()) {
            throw new WebSocketProtocolException(CloseCodes.INVALID_PAYLOAD, "Close reason is not valid UTF-8");
        }
        listener.onClose(code, controlPayload.readUtf8());
    }

    /** Frees the inflater, if any. */
    void close() {
        if (inflater != null) {
            inflater.close();
        }
    }
}
