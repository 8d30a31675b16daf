package io.cdpkit.websocket;

import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import okio.BufferedSource;
import okio.ByteString;

/**
 * One incoming message, handed out by {@link Connection#receive()} as soon as its first frame
 * arrives. Consume it in exactly one way:
 * <ul>
 *   <li>as a stream, {@link #source()} or {@link #inputStream()}, while later frames still
 *       arrive; a read blocks until more payload is there and signals the end of the message as
 *       end of stream;</li>
 *   <li>whole, with {@link #buffer()} or {@link #text()};</li>
 *   <li>or not at all, with {@link #discard()}.</li>
 * </ul>
 * Until it is consumed, the connection reads only a bounded amount further (1 MiB of this
 * message, a few MiB of small messages behind it), then stops (backpressure). Stream reads
 * fail with {@link WebSocketException} when the connection fails mid-message. Blocking stream
 * reads are not allowed on the connection's reader thread (in a callback of a future the
 * connection completes: they throw {@link IllegalStateException}); {@link #buffer()} is. Reads
 * that need not wait, such as those of a small message that arrived whole, are fine there.
 */
public interface Message {

    /** Text or binary. */
    MessageType type();

    /** True for a text message. */
    default boolean isText() {
        return type() == MessageType.TEXT;
    }

    /** True for a binary message. */
    default boolean isBinary() {
        return type() == MessageType.BINARY;
    }

    /**
     * True once the last frame of this message has arrived: the message then holds all of its
     * remaining payload, so reading it to the end ({@link #source()}, {@link #inputStream()})
     * never blocks, and {@link #buffer()} and {@link #text()} return completed futures. This is
     * always the case when {@link Connection#receive()} yields a single-frame message of up to
     * 64 KiB that had fully arrived in the reader's buffer, and such a message may be read on the
     * reader thread, for example in a callback of the {@code receive()} future. A message that
     * is handed out while its frames still arrive (a larger, fragmented or compressed one) is
     * not complete until its last frame has been read; it never becomes complete if the
     * connection fails before that. Once true, it stays true.
     */
    boolean isComplete();

    /** The payload as an okio source (already decompressed; text is UTF-8). */
    BufferedSource source();

    /** The payload as an input stream (already decompressed; text is UTF-8). */
    InputStream inputStream();

    /** Completes with the whole payload once the last frame has arrived. */
    CompletableFuture<ByteString> buffer();

    /** Completes with the whole payload decoded as UTF-8 once the last frame has arrived. */
    CompletableFuture<String> text();

    /** Skips the rest of this message without keeping it. */
    void discard();
}
