package io.cdpkit.cdp.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.cdpkit.cdp.CdpException;
import io.cdpkit.cdp.CdpOptions;
import io.cdpkit.cdp.CdpTimeoutException;
import io.cdpkit.cdp.protocol.target.AttachedToTarget;
import io.cdpkit.cdp.protocol.target.DetachedFromTarget;
import io.cdpkit.websocket.CloseCodes;
import io.cdpkit.websocket.CloseInfo;
import io.cdpkit.websocket.Connection;
import io.cdpkit.websocket.Handshake;
import io.cdpkit.websocket.WebSocket;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The JSON-RPC core of one connection: numbers and sends calls, matches replies to them, routes
 * events to sessions, creates and ends sessions as targets attach and detach, and fails
 * everything at once when the connection ends.
 *
 * <p>Threads: {@link #accept} runs on the thread that read the message (see {@link ReadLoop}),
 * one message at a time; it creates a target's session there, as soon as
 * {@code Target.attachedToTarget} is read and before any later message, so no event of the new
 * session can be missed. Listeners are called and the futures of asynchronous calls completed on
 * the pool of {@link ConnectionThreads}, never on the reading thread; a caller blocked in
 * {@link #callAndWait} is woken directly.
 */
public final class Dispatcher {

    private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());

    /**
     * How long the reader waits, when the WebSocket drops, for the launched browser's exit report
     * (exit code and stderr tail), which comes once the browser's stderr has closed.
     */
    private static final Duration EXIT_REPORT_GRACE = Duration.ofSeconds(1);
    private static final Duration THREAD_STOP_WAIT = Duration.ofSeconds(5);

    private final Connection webSocket;
    private final CdpOptions options;
    private final ConnectionThreads threads;
    private final CallTable calls = new CallTable();
    private final Map<String, RealSession> sessions = new ConcurrentHashMap<>();
    private final RealSession browserSession;
    private final AtomicLong lastId = new AtomicLong();
    private final AtomicReference<SessionEnd> ending = new AtomicReference<>();
    private final CompletableFuture<String> closed = new CompletableFuture<>();
    private final CompletableFuture<Void> readingEnded = new CompletableFuture<>();
    private volatile CompletableFuture<String> browserExit;

    private Dispatcher(Connection webSocket, CdpOptions options) {
        this.webSocket = webSocket;
        this.options = options;
        this.threads = new ConnectionThreads(options.threadFactory().orElse(null));
        this.browserSession = new RealSession(this, null, null, null);
    }

    /**
     * Opens the WebSocket to {@code webSocketUrl} and starts reading.
     *
     * @throws io.cdpkit.websocket.WebSocketException if the connection cannot be opened
     */
    public static Dispatcher connect(URI webSocketUrl, CdpOptions options) {
        Connection webSocket = Blocking.await(WebSocket.connect(Handshake.of(webSocketUrl),
                options.connectOptions(), options.tlsOptions(), options.webSocketOptions()),
                "the WebSocket connection to " + webSocketUrl);
        Dispatcher dispatcher = new Dispatcher(webSocket, options);
        new ReadLoop(webSocket, dispatcher, new MessageParser(dispatcher.calls::find), dispatcher.threads.pool(),
                dispatcher::readerEnded).start();
        return dispatcher;
    }

    /** The WebSocket URL this connection was opened to. */
    public URI webSocketUrl() {
        return webSocket.uri();
    }

    /** The options this connection was opened with. */
    public CdpOptions options() {
        return options;
    }

    /** The session without a session id, which talks to the browser itself. */
    public RealSession browserSession() {
        return browserSession;
    }

    /** The attached session with this id, or null. */
    public RealSession session(String sessionId) {
        return sessions.get(sessionId);
    }

    /** The attached target sessions. */
    public List<RealSession> sessions() {
        return List.copyOf(sessions.values());
    }

    /** True until the connection started to end. */
    public boolean isOpen() {
        return ending.get() == null;
    }

    /** Completes with the reason once the connection has ended and every pending call failed. */
    public CompletableFuture<String> closed() {
        return closed.copy();
    }

    /**
     * Ends the connection as soon as {@code exitDescription} completes (the browser process
     * exited), with that description as the reason. It is also what a dropped WebSocket reports
     * when the process exits at about the same time.
     */
    public void watchBrowserExit(CompletableFuture<String> exitDescription) {
        browserExit = exitDescription;
        exitDescription.thenAccept(description -> terminate(description, null));
    }

    Duration defaultTimeout() {
        return options.callTimeout();
    }

    ConnectionThreads threads() {
        return threads;
    }

    /**
     * Sends a call on {@code origin}'s session. Its future fails with a timeout after
     * {@code timeout}, and at once if the session or connection has ended; it completes on the
     * connection's pool.
     *
     * @throws IllegalArgumentException if the timeout is not positive or the params cannot be written
     */
    <R> CompletableFuture<R> call(RealSession origin, Request<R> request, Duration timeout) {
        Timeouts.requirePositive(timeout, "timeout");
        PendingCall<R> call = start(origin, request, false);
        if (call.future().isDone()) {
            return call.future();
        }
        ScheduledFuture<?> timer = threads.schedule(() -> call.fail(timedOut(call, timeout), threads), timeout);
        call.future().whenComplete((result, failure) -> {
            calls.take(call.id());
            if (timer != null) {
                timer.cancel(false);
            }
        });
        return call.future();
    }

    /**
     * Sends a call on {@code origin}'s session and waits up to {@code timeout} for its result.
     * The calling thread is woken by the thread that reads the reply, without a hand-off.
     *
     * @throws CdpTimeoutException after {@code timeout}
     * @throws IllegalArgumentException if the timeout is not positive or the params cannot be written
     * @throws java.util.concurrent.CancellationException if the thread is interrupted
     */
    <R> R callAndWait(RealSession origin, Request<R> request, Duration timeout) {
        Timeouts.requirePositive(timeout, "timeout");
        PendingCall<R> call = start(origin, request, true);
        try {
            return Blocking.await(call.future(), timeout, () -> timedOut(call, timeout), request.method());
        } finally {
            calls.take(call.id());
        }
    }

    /** Registers and sends a call; its future has already failed if the session or connection ended. */
    private <R> PendingCall<R> start(RealSession origin, Request<R> request, boolean blocking) {
        String sessionId = origin.sessionId();
        long id = lastId.incrementAndGet();
        String text = RequestEncoder.encode(id, sessionId, request.method(), request.params());
        PendingCall<R> call = new PendingCall<>(id, request.method(), sessionId, request.decoder(), blocking);
        calls.add(call);
        SessionEnd ended = ending.get() != null ? ending.get() : origin.end();
        if (ended != null) {
            calls.take(id);
            call.future().completeExceptionally(ended.failure(request.method(), sessionId));
            return call;
        }
        transmit(call, text);
        return call;
    }

    private static CdpTimeoutException timedOut(PendingCall<?> call, Duration timeout) {
        return new CdpTimeoutException(call.method(), timeout, "a reply to " + call.method()
                + (call.sessionId() == null ? "" : " on session " + call.sessionId()));
    }

    private void transmit(PendingCall<?> call, String request) {
        try {
            webSocket.send(request).whenComplete((sent, failure) -> {
                if (failure != null) {
                    call.fail(SessionEnd.connectionClosed("the request could not be sent: " + failure.getMessage(),
                            failure).failure(call.method(), call.sessionId()), threads);
                }
            });
        } catch (IllegalArgumentException notUtf16) {
            call.fail(new IllegalArgumentException("the request for " + call.method()
                    + " cannot be sent as WebSocket text: " + notUtf16.getMessage(), notUtf16), threads);
        }
    }

    /** Handles one parsed message; runs on the reading thread and never blocks. */
    void accept(Incoming incoming) {
        if (incoming instanceof Incoming.Reply reply) {
            settle(reply);
        } else if (incoming instanceof Incoming.Event event) {
            route(event);
        } else if (incoming instanceof Incoming.Unreadable unreadable) {
            reject(unreadable);
        }
    }

    private void settle(Incoming.Reply reply) {
        PendingCall<?> call = calls.take(reply.id());
        if (call == null) {
            LOG.log(System.Logger.Level.DEBUG, "ignoring the reply to call {0}: it timed out or was never sent", reply.id());
        } else if (reply.error() != null) {
            call.fail(errorReply(call.method(), reply.error()), threads);
        } else if (reply.failure() != null) {
            call.fail(undecodable(call.method(), reply.failure()), threads);
        } else if (reply.buffered() != null) {
            decodeBuffered(call, reply.buffered());
        } else {
            call.complete(reply.decoded(), threads);
        }
    }

    private void decodeBuffered(PendingCall<?> call, TokenBuffer result) {
        try (var parser = result.asParser()) {
            parser.nextToken();
            call.complete(call.decoder().decode(parser), threads);
        } catch (IOException | RuntimeException e) {
            call.fail(undecodable(call.method(), e), threads);
        }
    }

    private static CdpException errorReply(String method, JsonNode error) {
        JsonNode data = error.get("data");
        return new CdpException(method, error.path("code").asInt(), error.path("message").asText(""),
                data == null || data.isNull() ? null : data.isTextual() ? data.asText() : data.toString());
    }

    private static UncheckedIOException undecodable(String method, Exception cause) {
        IOException io = cause instanceof IOException e ? e : new IOException(cause.getMessage(), cause);
        return new UncheckedIOException("cannot decode the result of " + method + ": " + cause.getMessage(), io);
    }

    private void route(Incoming.Event event) {
        RealSession target = event.sessionId() == null ? browserSession : sessions.get(event.sessionId());
        if (target == null) {
            LOG.log(System.Logger.Level.DEBUG, "ignoring {0} for unknown session {1}", event.method(), event.sessionId());
            return;
        }
        if (event.method().equals(AttachedToTarget.TYPE.method())) {
            attach(target, event.params());
        } else if (event.method().equals(DetachedFromTarget.TYPE.method())) {
            DetachedFromTarget detached = decode(event.params(), DetachedFromTarget.class);
            if (detached != null && detached.sessionId() != null) {
                detach(detached.sessionId().value(), "the target detached");
            }
        }
        target.deliver(event.method(), event.params());
    }

    private void attach(RealSession parent, TokenBuffer params) {
        AttachedToTarget attached = decode(params, AttachedToTarget.class);
        if (attached == null || attached.sessionId() == null) {
            return;
        }
        RealSession session = new RealSession(this, attached.sessionId().value(), attached.targetInfo(),
                parent.sessionId());
        sessions.put(session.sessionId(), session);
        SessionEnd ended = ending.get();
        if (ended != null && session.markEnded(ended)) {
            sessions.remove(session.sessionId());
            session.finishEnding();
        }
    }

    /** Ends a session and the sessions it announced; its pending calls fail now, its waits after its queued events. */
    private void detach(String sessionId, String reason) {
        RealSession session = sessions.remove(sessionId);
        if (session == null || !session.markEnded(SessionEnd.detached(reason))) {
            return;
        }
        SessionEnd end = session.end();
        calls.takeIf(call -> sessionId.equals(call.sessionId()))
                .forEach(call -> call.fail(end.failure(call.method(), sessionId), threads));
        session.finishEndingAfterQueuedEvents();
        sessions.values().stream()
                .filter(child -> sessionId.equals(child.parentSessionId()))
                .map(RealSession::sessionId)
                .toList()
                .forEach(child -> detach(child, "its parent session " + sessionId + " detached"));
    }

    private static <T> T decode(TokenBuffer params, Class<T> type) {
        try (var parser = params.asParser()) {
            return WireJson.mapper().readValue(parser, type);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot decode " + type.getSimpleName(), e);
            return null;
        }
    }

    private void reject(Incoming.Unreadable unreadable) {
        LOG.log(System.Logger.Level.WARNING, "ignoring an unreadable message", unreadable.problem());
        PendingCall<?> call = unreadable.id() < 0 ? null : calls.take(unreadable.id());
        if (call != null) {
            call.fail(new UncheckedIOException("cannot read the reply to " + call.method() + ": "
                    + unreadable.problem().getMessage(), asIo(unreadable.problem())), threads);
        }
    }

    private static IOException asIo(Exception problem) {
        return problem instanceof IOException io ? io : new IOException(problem);
    }

    /**
     * Called once the WebSocket has ended, cleanly (null) or not; ends the connection on a pool
     * thread, since that may wait briefly for the browser's exit report.
     */
    private void readerEnded(Throwable failure) {
        threads.run(() -> {
            try {
                if (ending.get() == null) {
                    String reason = failure == null ? describeClose() : "the WebSocket failed: " + failure.getMessage();
                    terminate(browserExitOr(reason), failure);
                }
            } finally {
                readingEnded.complete(null);
            }
        });
    }

    private String describeClose() {
        CloseInfo info = webSocket.closed().getNow(null);
        if (info == null) {
            return "the WebSocket closed";
        }
        return "the browser closed the WebSocket (code " + info.code()
                + (info.reason().isEmpty() ? "" : ", " + info.reason()) + ")";
    }

    /** The browser's exit description if it exits within a short grace period, else {@code reason}. */
    private String browserExitOr(String reason) {
        CompletableFuture<String> exit = browserExit;
        if (exit == null) {
            return reason;
        }
        try {
            return exit.get(EXIT_REPORT_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return reason;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return reason;
        }
    }

    /**
     * Ends the connection (the first call wins): every pending call and wait fails with
     * {@code reason}, sessions end, later calls fail at once, the threads stop once their
     * running work is done, and the WebSocket is closed.
     */
    public void terminate(String reason, Throwable cause) {
        SessionEnd end = SessionEnd.connectionClosed(reason, cause);
        if (!ending.compareAndSet(null, end)) {
            return;
        }
        LOG.log(System.Logger.Level.DEBUG, "connection to {0} ends: {1}", webSocket.uri(), reason);
        threads.run(() -> failEverything(end));
        threads.shutdown();
        webSocket.close(CloseCodes.NORMAL, "");
    }

    private void failEverything(SessionEnd end) {
        calls.takeIf(call -> true).forEach(call -> call.fail(end.failure(call.method(), call.sessionId()), threads));
        for (RealSession session : sessions()) {
            sessions.remove(session.sessionId());
            if (session.markEnded(end)) {
                session.finishEnding();
            }
        }
        if (browserSession.markEnded(end)) {
            browserSession.finishEnding();
        }
        closed.complete(end.reason());
    }

    /**
     * Closes the connection: fails what is pending, runs the closing handshake and waits (a
     * few seconds at most) for this connection's threads to end. Safe to call from a listener.
     */
    public void close() {
        terminate("the connection was closed by the client", null);
        webSocket.close();
        if (threads.isOwnThread()) {
            return;
        }
        try {
            readingEnded.get(options.webSocketOptions().closeTimeout().plus(THREAD_STOP_WAIT).toMillis(),
                    TimeUnit.MILLISECONDS);
            if (!threads.awaitTermination(THREAD_STOP_WAIT)) {
                LOG.log(System.Logger.Level.WARNING, "listeners of the connection to {0} are still running",
                        webSocket.uri());
            }
        } catch (TimeoutException | ExecutionException e) {
            LOG.log(System.Logger.Level.WARNING, "the WebSocket to {0} did not end in time", webSocket.uri());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
