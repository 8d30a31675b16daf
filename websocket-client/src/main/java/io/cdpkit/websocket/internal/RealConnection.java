package io.cdpkit.websocket.internal;

import io.cdpkit.websocket.CloseCodes;
import io.cdpkit.websocket.CloseInfo;
import io.cdpkit.websocket.Connection;
import io.cdpkit.websocket.ConnectionClosedException;
import io.cdpkit.websocket.ConnectionLostException;
import io.cdpkit.websocket.DeflateOptions;
import io.cdpkit.websocket.Message;
import io.cdpkit.websocket.MessageType;
import io.cdpkit.websocket.Options;
import io.cdpkit.websocket.WebSocketException;
import io.cdpkit.websocket.WebSocketProtocolException;
import io.cdpkit.websocket.WebSocketTimeoutException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import okio.Buffer;
import okio.BufferedSource;
import okio.ByteString;
import okio.Source;

/**
 * An open connection: the public {@link Connection} over a {@link SendQueue} (outgoing), a
 * {@link ReadLoop} on the reader thread (incoming), and the lifecycle that ties them together
 * (closing handshake, heartbeat, failure). Whatever ends the connection goes through
 * {@link #terminate}, which completes every pending operation at once and closes the socket.
 */
final class RealConnection implements Connection, ControlFrameListener {

    private static final System.Logger LOG = System.getLogger(RealConnection.class.getName());
    /** How long to wait for the server to close TCP once both close frames were exchanged. */
    private static final long MAX_LINGER_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final int MAX_CLOSE_REASON_BYTES = 123;

    private enum State { OPEN, CLOSING, CLOSED }

    private final URI uri;
    private final Socket socket;
    private final Socket tcpSocket;
    private final BufferedSource in;
    private final OpeningHandshake.Result handshake;
    private final Options options;
    private final SendQueue sendQueue;
    private final InboundQueue inbound;
    private final PingTracker pings = new PingTracker();
    private final MessageReader reader;
    private final ReadLoop readLoop;
    private final CompletableFuture<CloseInfo> closed = new CompletableFuture<>();
    private final CompletableFuture<CloseInfo> closedView = closed.copy();
    private final CompletableFuture<CloseInfo> closeView = closed.copy();
    private final Heartbeat heartbeat;

    private State state = State.OPEN;
    private CloseInfo.Initiator initiator;
    private int sentCode;
    private String sentReason = "";
    private boolean closeReceived;
    private int receivedCode;
    private String receivedReason = "";
    private ScheduledFuture<?> closeTimer;
    private volatile Thread readerThread;

    /**
     * @param socket the socket frames travel on (TLS or plain)
     * @param tcpSocket the TCP socket under it (the same one for plain connections), closed to abort
     */
    RealConnection(URI uri, Socket socket, Socket tcpSocket, SocketInput input, BufferedSource in,
            OpeningHandshake.Result handshake, Options options, SecureRandom random) throws IOException {
        this.uri = uri;
        this.socket = socket;
        this.tcpSocket = tcpSocket;
        this.in = in;
        this.handshake = handshake;
        this.options = options;
        DeflateParameters deflate = handshake.deflate();
        DeflateOptions deflateOptions = options.deflate().orElse(null);
        MessageDeflater deflater = deflate != null && deflate.clientMayCompress()
                ? new MessageDeflater(deflateOptions.compressionLevel(), deflate.clientNoContextTakeover())
                : null;
        MessageEncoder encoder = new MessageEncoder(new FrameEncoder(new MaskKeys(random)), deflater,
                deflateOptions == null ? 0 : deflateOptions.minSizeToCompress(), options.frameSplitSize());
        FrameOutput output = new FrameOutput(socket.getOutputStream(), options.writeTimeout().toNanos(),
                this::failTransport);
        this.sendQueue = new SendQueue(output, encoder, options.maxQueuedBytes(), options.frameSplitSize(),
                this::failTransport,
                () -> new ConnectionClosedException("The connection is closed or closing: cannot send", closeInfoOrNull()));
        MessageInflater inflater = deflate == null ? null : new MessageInflater(deflate.serverNoContextTakeover());
        this.reader = new MessageReader(in, options.maxFrameSize(), options.maxMessageSize(), options.validateUtf8(),
                inflater, this);
        long pingIntervalNanos = options.pingInterval().toNanos();
        this.heartbeat = new Heartbeat(pingIntervalNanos, options.pongTimeout().toNanos(), pings,
                () -> sendQueue.sendControl(Opcodes.PING, ByteString.EMPTY), this::failTransport);
        this.inbound = new InboundQueue(sendQueue::flushDeferred);
        this.readLoop = new ReadLoop(reader, inbound, pingIntervalNanos > 0 ? heartbeat::markActivity : () -> { },
                sendQueue::flushDeferred);
        input.beforeRead(sendQueue::flushDeferred);
    }

    // ---- the reader thread ----

    /** Releases everything when the connect future was cancelled before it could complete. */
    void closeAfterCancelledConnect() {
        terminate(new CloseInfo(CloseCodes.ABNORMAL, "", CloseInfo.Initiator.CLIENT, null),
                new ConnectionClosedException("The connect was cancelled", null));
        reader.close();
    }

    /** Runs the reader loop on the current (reader) thread until the connection ends. */
    void runReader() {
        readerThread = Thread.currentThread();
        sendQueue.setReader(readerThread, () -> in.getBuffer().size() > 0);
        heartbeat.start();
        try {
            readLoop.run();
            drainUntilServerCloses();
            terminate(cleanCloseInfo(), null);
        } catch (WebSocketProtocolException e) {
            failProtocol(e);
        } catch (IOException | WebSocketException e) {
            onReadFailure(e);
        } catch (RuntimeException | Error e) {
            LOG.log(System.Logger.Level.DEBUG, "WebSocket reader failed unexpectedly", e);
            sendQueue.sendClose(closePayload(CloseCodes.INTERNAL_ERROR, ""));
            WebSocketException cause = new WebSocketException("Internal error in the WebSocket reader: " + e, e);
            terminate(new CloseInfo(CloseCodes.INTERNAL_ERROR, "", CloseInfo.Initiator.CLIENT, cause), cause);
        } finally {
            reader.close();
            abortSocket();
        }
    }

    /** After the close frame: read (and ignore) whatever comes until the server closes TCP or the linger timer does. */
    private void drainUntilServerCloses() {
        Buffer scratch = new Buffer();
        try {
            while (in.read(scratch, 8192) != -1) {
                scratch.clear();
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Socket closed while waiting for the server to close it", e);
        }
    }

    private void onReadFailure(Exception e) {
        boolean afterCloseFrame;
        synchronized (this) {
            afterCloseFrame = closeReceived;
        }
        if (afterCloseFrame) {
            terminate(cleanCloseInfo(), null);
            return;
        }
        WebSocketException cause = e instanceof WebSocketException ? (WebSocketException) e
                : new ConnectionLostException(e instanceof java.io.EOFException
                        ? "Connection lost: the server closed TCP without a close frame"
                        : "Connection lost: " + e.getMessage(), e);
        failTransport(cause);
    }

    @Override
    public void onPing(ByteString payload) {
        sendQueue.sendControl(Opcodes.PONG, payload);
    }

    @Override
    public void onPong(ByteString payload) {
        pings.onPong(payload);
    }

    @Override
    public void onClose(int code, String reason) {
        boolean echo;
        synchronized (this) {
            closeReceived = true;
            receivedCode = code;
            receivedReason = reason;
            echo = state == State.OPEN;
            if (echo) {
                state = State.CLOSING;
                initiator = CloseInfo.Initiator.SERVER;
            }
            Timers.cancel(closeTimer);
            closeTimer = Timers.schedule(this::abortSocket, Math.min(MAX_LINGER_NANOS, options.closeTimeout().toNanos()));
        }
        inbound.end();
        if (echo) {
            sendQueue.sendClose(code == CloseCodes.NO_STATUS ? ByteString.EMPTY : closePayload(code, ""));
        }
    }

    // ---- sending ----

    @Override
    public CompletableFuture<Void> send(String text) {
        Objects.requireNonNull(text, "text");
        return sendQueue.sendText(text, Utf8Text.encodedLength(text));
    }

    @Override
    public CompletableFuture<Void> sendBinary(byte[] data) {
        return sendQueue.sendBinary(ByteBuffer.wrap(Objects.requireNonNull(data, "data")));
    }

    @Override
    public CompletableFuture<Void> sendBinary(ByteString data) {
        return sendQueue.sendBinary(Objects.requireNonNull(data, "data").asByteBuffer());
    }

    @Override
    public CompletableFuture<Void> sendBinary(ByteBuffer data) {
        return sendQueue.sendBinary(Objects.requireNonNull(data, "data"));
    }

    @Override
    public CompletableFuture<Void> stream(MessageType type, Source body) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(body, "body");
        return sendQueue.stream(type, body);
    }

    @Override
    public CompletableFuture<Message> receive() {
        return inbound.receive();
    }

    @Override
    public CompletableFuture<ByteString> ping(ByteString payload) {
        Objects.requireNonNull(payload, "payload");
        if (payload.size() > Opcodes.MAX_CONTROL_PAYLOAD) {
            throw new IllegalArgumentException("Ping payload of " + payload.size() + " bytes exceeds 125");
        }
        CompletableFuture<ByteString> future = new CompletableFuture<>();
        if (!pings.add(payload, future) || !sendQueue.sendControl(Opcodes.PING, payload)) {
            pings.remove(future);
            return CompletableFuture.failedFuture(
                    new ConnectionClosedException("The connection is closed or closing: cannot ping", closeInfoOrNull()));
        }
        return future;
    }

    // ---- closing ----

    @Override
    public CompletableFuture<CloseInfo> close(int code, String reason) {
        Objects.requireNonNull(reason, "reason");
        if (!CloseCodes.isSendable(code)) {
            throw new IllegalArgumentException("Close code " + code + " may not be sent (use 1000-1003, 1007-1014 or 3000-4999)");
        }
        long reasonBytes = Utf8Text.encodedLength(reason);
        if (reasonBytes > MAX_CLOSE_REASON_BYTES) {
            throw new IllegalArgumentException("Close reason of " + reasonBytes + " UTF-8 bytes exceeds 123");
        }
        synchronized (this) {
            if (state != State.OPEN) {
                return closeView;
            }
            state = State.CLOSING;
            initiator = CloseInfo.Initiator.CLIENT;
            sentCode = code;
            sentReason = reason;
            closeTimer = Timers.schedule(this::onCloseTimeout, options.closeTimeout().toNanos());
        }
        inbound.stopBlocking();
        sendQueue.sendClose(closePayload(code, reason));
        return closeView;
    }

    /**
     * Closes normally and waits for the closing handshake, except on the reader thread (which
     * must go on reading to receive the server's close frame).
     */
    @Override
    public void close() {
        if (Thread.currentThread() == readerThread) {
            close(CloseCodes.NORMAL, "");
            return;
        }
        try {
            close(CloseCodes.NORMAL, "").get(options.closeTimeout().toNanos() + MAX_LINGER_NANOS, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abortSocket();
        } catch (ExecutionException | TimeoutException e) {
            abortSocket();
        }
    }

    private void onCloseTimeout() {
        boolean gotCloseFrame;
        synchronized (this) {
            gotCloseFrame = closeReceived;
        }
        if (gotCloseFrame) {
            abortSocket();
        } else {
            terminate(new CloseInfo(CloseCodes.ABNORMAL, "", CloseInfo.Initiator.CLIENT, null),
                    new WebSocketTimeoutException("The server did not answer the close frame within "
                            + format(options.closeTimeout()) + " (closeTimeout)"));
        }
    }

    @Override
    public CompletableFuture<CloseInfo> closed() {
        return closedView;
    }

    @Override
    public synchronized boolean isOpen() {
        return state == State.OPEN;
    }

    static ByteString closePayload(int code, String reason) {
        Buffer payload = new Buffer();
        payload.writeShort(code);
        payload.writeUtf8(reason);
        return payload.readByteString();
    }

    // ---- failure and termination ----

    /** The peer broke the protocol: send a close frame with the code, then close. */
    private void failProtocol(WebSocketProtocolException e) {
        String reason = truncate(e.getMessage());
        sendQueue.sendClose(closePayload(e.closeCode(), reason));
        terminate(new CloseInfo(e.closeCode(), reason, CloseInfo.Initiator.CLIENT, e), e);
    }

    /** The transport broke or timed out: close without a closing handshake. */
    private void failTransport(WebSocketException cause) {
        CloseInfo.Initiator who;
        synchronized (this) {
            who = initiator == null ? CloseInfo.Initiator.TRANSPORT : initiator;
        }
        terminate(new CloseInfo(CloseCodes.ABNORMAL, "", who, null), cause);
    }

    /**
     * Ends the connection once: records how, fails or ends every pending operation, stops the
     * timers, closes the socket and completes {@link #closed()}.
     *
     * @param info how it ended (its cause is replaced by {@code cause})
     * @param cause the failure, or null for a clean close
     */
    private void terminate(CloseInfo info, WebSocketException cause) {
        CloseInfo finalInfo = new CloseInfo(info.code(), info.reason(), info.initiator(), cause);
        synchronized (this) {
            if (state == State.CLOSED) {
                return;
            }
            state = State.CLOSED;
            Timers.cancel(closeTimer);
        }
        heartbeat.stop();
        if (cause != null) {
            LOG.log(System.Logger.Level.DEBUG, "WebSocket to " + uri + " failed", cause);
        }
        WebSocketException pendingError = cause != null ? cause
                : new ConnectionClosedException("The connection closed", finalInfo);
        sendQueue.shutDown(pendingError);
        if (cause == null) {
            inbound.end();
        } else {
            inbound.fail(cause);
        }
        IncomingMessage unfinished = readLoop.current();
        if (unfinished != null) {
            unfinished.fail(pendingError);
        }
        pings.failAll(pendingError);
        if (cause == null) {
            closeSocketGracefully();
        } else {
            abortSocket();
        }
        closed.complete(finalInfo);
    }

    private synchronized CloseInfo cleanCloseInfo() {
        if (initiator == CloseInfo.Initiator.CLIENT) {
            return new CloseInfo(sentCode, sentReason, initiator, null);
        }
        return new CloseInfo(receivedCode, receivedReason, CloseInfo.Initiator.SERVER, null);
    }

    private CloseInfo closeInfoOrNull() {
        return closed.getNow(null);
    }

    /** Closes the socket after a clean close (for TLS, with a close_notify: nothing else is being written then). */
    private void closeSocketGracefully() {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Closing the socket failed", e);
            abortSocket();
        }
    }

    /**
     * Closes the TCP socket at once, from any thread. Closing a TLS socket instead could block
     * behind a stuck write; closing the TCP socket under it ends that write too.
     */
    private void abortSocket() {
        try {
            tcpSocket.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Closing the socket failed", e);
        }
    }

    // ---- accessors ----

    @Override
    public URI uri() {
        return uri;
    }

    @Override
    public Optional<String> subprotocol() {
        return handshake.subprotocol();
    }

    @Override
    public List<String> extensions() {
        return handshake.extensions();
    }

    @Override
    public Map<String, List<String>> responseHeaders() {
        return handshake.response().headers();
    }

    @Override
    public InetSocketAddress localAddress() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return (InetSocketAddress) socket.getRemoteSocketAddress();
    }

    @Override
    public Optional<SSLSession> tlsSession() {
        return socket instanceof SSLSocket ? Optional.of(((SSLSocket) socket).getSession()) : Optional.empty();
    }

    @Override
    public String toString() {
        return "Connection{" + uri + ", " + (isOpen() ? "open" : "closing or closed") + '}';
    }

    private static String truncate(String message) {
        String reason = message;
        while (Utf8Text.encodedLength(reason) > MAX_CLOSE_REASON_BYTES) {
            reason = reason.substring(0, reason.length() - 1);
            if (Character.isHighSurrogate(reason.charAt(reason.length() - 1))) {
                reason = reason.substring(0, reason.length() - 1);
            }
        }
        return reason;
    }

    private static String format(Duration duration) {
        return duration.toMillis() + " ms";
    }
}
