package io.cdpkit.websocket;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.SSLSession;
import okio.ByteString;
import okio.Source;

/**
 * An open WebSocket connection, from {@link WebSocket#connect}.
 *
 * <p><b>Sending.</b> {@link #send(String)} and the {@code sendBinary} methods may be called from
 * any thread; messages go out whole and in call order, never interleaved. The returned future
 * completes once the whole message is in the send buffer (not when the peer has it). Sends
 * beyond {@link Options#maxQueuedBytes()} stay pending until earlier ones are written. After
 * the connection closed or failed, sends complete exceptionally with
 * {@link ConnectionClosedException}.
 *
 * <p><b>Receiving.</b> {@link #receive()} completes as soon as the next message STARTS; the
 * {@link Message} can be read as a stream while its later frames still arrive, or buffered
 * whole. Only a little is read ahead: a few MiB of messages nobody has received yet, and up to
 * 1 MiB of a message that is not being consumed (read, buffered or discarded). Past that the
 * reader stops, and the peer feels TCP backpressure. Received futures may complete on the
 * reader thread, so callbacks attached to them run there: they must not block (sending is
 * fine; a send made there goes out before the reader next waits for the peer). After a clean close,
 * {@code receive()} yields the messages already received, then {@code null}; after a failure,
 * the messages received whole, then it completes exceptionally with the cause.
 *
 * <p><b>Control.</b> Pings are answered automatically. {@link #close(int, String)} runs the
 * closing handshake; {@link #closed()} tells how the connection ended. When the connection
 * ends for any reason, every pending receive, send, ping and stream read completes at once.
 */
public interface Connection extends AutoCloseable {

    /** The URI this connection was opened to. */
    URI uri();

    /** The subprotocol the server chose, if any. */
    Optional<String> subprotocol();

    /** The extensions in effect, as negotiated (for example {@code permessage-deflate; server_no_context_takeover}). */
    List<String> extensions();

    /** The headers of the server's {@code 101} response; names are case-insensitive keys. */
    Map<String, List<String>> responseHeaders();

    /** The local socket address. */
    InetSocketAddress localAddress();

    /** The remote socket address (the proxy's when tunnelling). */
    InetSocketAddress remoteAddress();

    /** The TLS session for {@code wss://} connections. */
    Optional<SSLSession> tlsSession();

    /**
     * Sends a text message.
     *
     * @throws IllegalArgumentException if {@code text} is not valid UTF-16 (a lone surrogate);
     *     nothing is written in that case
     */
    CompletableFuture<Void> send(String text);

    /** Sends a binary message. The array may not be copied: do not change it until the future completes. */
    CompletableFuture<Void> sendBinary(byte[] data);

    /** Sends a binary message. */
    CompletableFuture<Void> sendBinary(ByteString data);

    /**
     * Sends the remaining bytes of {@code data} as a binary message; the buffer's position is not
     * changed, and its content must not change until the future completes.
     */
    CompletableFuture<Void> sendBinary(ByteBuffer data);

    /**
     * Streams one message of the given type from {@code body} until it is exhausted, as a
     * fragmented message (frames of {@link Options#frameSplitSize()} bytes, or 64 KiB when that
     * is 0). Other messages wait until it is done. The future completes when the last frame is
     * in the send buffer; it completes exceptionally if {@code body} throws (the connection then
     * fails, since a started message cannot be taken back). Text must be valid UTF-8. The body
     * is read on the calling thread, so this call returns once the body is exhausted (or, when
     * another stream is in progress, at once with a future that completes after both). Streamed
     * messages are sent uncompressed.
     */
    CompletableFuture<Void> stream(MessageType type, Source body);

    /** Completes with the next message as soon as it starts, or {@code null} after a clean close. */
    CompletableFuture<Message> receive();

    /**
     * Sends a ping carrying {@code payload} (at most 125 bytes) and completes with the payload
     * of the matching pong.
     */
    CompletableFuture<ByteString> ping(ByteString payload);

    /**
     * Starts the closing handshake and completes when it finished (or timed out after
     * {@link Options#closeTimeout()}) and the socket is closed. Calling it again returns the
     * same future.
     *
     * @param code 1000, 1001, 1002, 1003, 1007..1011, 1012..1014 or 3000..4999
     * @param reason at most 123 bytes as UTF-8
     * @throws IllegalArgumentException for a code an endpoint may not send or a reason too long
     */
    CompletableFuture<CloseInfo> close(int code, String reason);

    /**
     * Closes normally (1000) and waits for the closing handshake (on the connection's reader
     * thread, which must go on reading, it only starts it); never throws.
     */
    @Override
    void close();

    /** Completes when the connection has ended, telling how (clean close or failure). */
    CompletableFuture<CloseInfo> closed();

    /** True until a close frame was sent or received, or the connection failed. */
    boolean isOpen();
}
