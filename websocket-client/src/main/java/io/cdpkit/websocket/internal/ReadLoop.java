package io.cdpkit.websocket.internal;

import io.cdpkit.websocket.ConnectionClosedException;
import io.cdpkit.websocket.MessageType;
import java.io.IOException;
import okio.Buffer;

/**
 * The reader thread's message loop: waits for each message to start, then either takes a small
 * single-frame message that has fully arrived and queues it complete (so the reader moves
 * straight on), or hands the message out at once and streams its payload into it as frames
 * arrive.
 */
final class ReadLoop {

    /** Single-frame messages up to this size that have fully arrived are handed out complete. */
    static final long WHOLE_MESSAGE_LIMIT = 64 * 1024;
    private static final long CHUNK = 64 * 1024;

    private final MessageReader reader;
    private final InboundQueue inbound;
    private final Runnable onActivity;
    private final Runnable beforeWaiting;
    private final Buffer chunk = new Buffer();
    /** Collects a message that is already here; emptied into an array at once, so its segments go straight back to this thread's pool. */
    private final Buffer wholeMessage = new Buffer();
    private volatile IncomingMessage current;

    /**
     * @param onActivity called whenever bytes arrived (for the heartbeat's idle clock)
     * @param beforeWaiting called before the reader blocks for a slow stream consumer
     */
    ReadLoop(MessageReader reader, InboundQueue inbound, Runnable onActivity, Runnable beforeWaiting) {
        this.reader = reader;
        this.inbound = inbound;
        this.onActivity = onActivity;
        this.beforeWaiting = beforeWaiting;
    }

    /** Reads messages until the server's close frame; returns then, throws on any failure. */
    void run() throws IOException {
        while (true) {
            int opcode = reader.nextMessage();
            onActivity.run();
            if (opcode == MessageReader.CLOSED) {
                return;
            }
            MessageType type = opcode == Opcodes.TEXT ? MessageType.TEXT : MessageType.BINARY;
            if (reader.isWholeMessageBuffered(WHOLE_MESSAGE_LIMIT)) {
                while (reader.read(wholeMessage, Long.MAX_VALUE) != -1) {
                    onActivity.run();
                }
                inbound.offer(IncomingMessage.complete(type, wholeMessage.readByteArray()));
            } else if (!stream(IncomingMessage.streaming(type, Thread.currentThread(), beforeWaiting))) {
                return;
            }
        }
    }

    /** Streams the current message into {@code message}; false if the server closed in the middle of it. */
    private boolean stream(IncomingMessage message) throws IOException {
        current = message;
        inbound.offer(message);
        try {
            while (reader.read(chunk, CHUNK) != -1) {
                onActivity.run();
                message.append(chunk);
            }
            message.end();
            inbound.ended(message);
            current = null;
            return true;
        } catch (PeerClosedException e) {
            message.fail(new ConnectionClosedException(e.getMessage(), null));
            current = null;
            return false;
        } finally {
            chunk.clear();
        }
    }

    /** The message still arriving, if any, also after the loop failed (to fail it when the connection ends). */
    IncomingMessage current() {
        return current;
    }
}
