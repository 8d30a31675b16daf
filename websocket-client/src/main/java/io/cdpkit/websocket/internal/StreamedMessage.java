package io.cdpkit.websocket.internal;

import io.cdpkit.websocket.MessageType;
import io.cdpkit.websocket.WebSocketException;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import okio.Buffer;
import okio.Source;

/**
 * One outgoing message read from a {@link Source} on the sending thread and sent as fragments
 * of a fixed size. One chunk is read ahead, so the last fragment is known to be the last. Text
 * is checked as UTF-8 on the way.
 */
final class StreamedMessage {

    private final int opcode;
    private final Source body;
    private final int chunkSize;
    private final SendQueue queue;
    private final Utf8Validator utf8;
    private Buffer current = new Buffer();
    private Buffer next = new Buffer();

    StreamedMessage(MessageType type, Source body, int chunkSize, SendQueue queue) {
        this.opcode = type == MessageType.TEXT ? Opcodes.TEXT : Opcodes.BINARY;
        this.body = body;
        this.chunkSize = chunkSize;
        this.queue = queue;
        this.utf8 = type == MessageType.TEXT ? new Utf8Validator() : null;
    }

    /**
     * Sends every fragment, then completes {@code result}. If the body fails (or is not valid
     * UTF-8 text), the message cannot be taken back: {@code result} and the connection fail.
     */
    void sendAll(CompletableFuture<Void> result, Consumer<WebSocketException> failConnection) {
        try {
            boolean exhausted = fill(current);
            boolean first = true;
            while (true) {
                boolean last = exhausted;
                if (!exhausted) {
                    exhausted = fill(next);
                    last = exhausted && next.size() == 0;
                }
                checkText(last);
                queue.sendFragment(opcode, first, last, current);
                if (last) {
                    result.complete(null);
                    return;
                }
                Buffer swap = current;
                current = next;
                next = swap;
                first = false;
            }
        } catch (IOException | RuntimeException e) {
            WebSocketException failure = e instanceof WebSocketException ? (WebSocketException) e
                    : new WebSocketException("Streaming a message failed: " + e.getMessage(), e);
            result.completeExceptionally(failure);
            failConnection.accept(failure);
        } finally {
            current.clear();
            next.clear();
        }
    }

    /** Reads up to one chunk into {@code buffer}; true when the body is exhausted. */
    private boolean fill(Buffer buffer) throws IOException {
        while (buffer.size() < chunkSize) {
            if (body.read(buffer, chunkSize - buffer.size()) == -1) {
                return true;
            }
        }
        return false;
    }

    private void checkText(boolean last) {
        if (utf8 != null && (!utf8.update(current, 0, current.size()) || (last && !utf8.isComplete()))) {
            throw new IllegalArgumentException("Streamed text is not valid UTF-8");
        }
    }
}
