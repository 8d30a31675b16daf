package io.cdpkit.cdp.internal;

import java.util.concurrent.CompletableFuture;

/**
 * A command that was sent and waits for its reply: what was sent, how to decode the answer, and
 * the future the caller holds.
 *
 * @param <R> the result type
 */
final class PendingCall<R> {

    private final long id;
    private final String method;
    private final String sessionId;
    private final ResultDecoder<R> decoder;
    private final CompletableFuture<R> future = new CompletableFuture<>();

    PendingCall(long id, String method, String sessionId, ResultDecoder<R> decoder) {
        this.id = id;
        this.method = method;
        this.sessionId = sessionId;
        this.decoder = decoder;
    }

    long id() {
        return id;
    }

    String method() {
        return method;
    }

    /** The session the command was sent on, or null for the browser session. */
    String sessionId() {
        return sessionId;
    }

    ResultDecoder<R> decoder() {
        return decoder;
    }

    CompletableFuture<R> future() {
        return future;
    }

    /** Completes the caller's future with a value {@link #decoder()} produced. */
    @SuppressWarnings("unchecked")
    void complete(Object decoded, ConnectionThreads threads) {
        threads.complete(future, (R) decoded);
    }

    void fail(Throwable failure, ConnectionThreads threads) {
        threads.fail(future, failure);
    }
}
