package io.cdpkit.cdp.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.cdpkit.cdp.BinarySink;
import io.cdpkit.cdp.CdpSession;
import io.cdpkit.cdp.CdpTimeoutException;
import io.cdpkit.cdp.Subscription;
import io.cdpkit.cdp.protocol.Command;
import io.cdpkit.cdp.protocol.EventType;
import io.cdpkit.cdp.protocol.target.TargetInfo;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The {@link CdpSession} implementation: sends through the {@link Dispatcher}, and delivers the
 * session's events to its listeners in arrival order on its own {@link SerialExecutor}.
 */
public final class RealSession implements CdpSession {

    private final Dispatcher dispatcher;
    private final String sessionId;
    private final TargetInfo targetInfo;
    private final String parentSessionId;
    private final EventListeners listeners = new EventListeners();
    private final SerialExecutor events;
    /** The pending {@link #waitFor} futures and the event each waits for. */
    private final Map<CompletableFuture<?>, String> waits = new ConcurrentHashMap<>();
    private final CompletableFuture<String> detached = new CompletableFuture<>();
    private volatile SessionEnd end;

    RealSession(Dispatcher dispatcher, String sessionId, TargetInfo targetInfo, String parentSessionId) {
        this.dispatcher = dispatcher;
        this.sessionId = sessionId;
        this.targetInfo = targetInfo;
        this.parentSessionId = parentSessionId;
        this.events = new SerialExecutor(dispatcher.threads().pool());
    }

    @Override
    public String sessionId() {
        return sessionId;
    }

    @Override
    public TargetInfo targetInfo() {
        return targetInfo;
    }

    @Override
    public String targetId() {
        return targetInfo == null || targetInfo.targetId() == null ? null : targetInfo.targetId().value();
    }

    @Override
    public <R> R send(Command<R> command) {
        return send(command, dispatcher.defaultTimeout());
    }

    @Override
    public <R> R send(Command<R> command, Duration timeout) {
        return dispatcher.callAndWait(this, Request.typed(command), timeout);
    }

    @Override
    public <R> CompletableFuture<R> sendAsync(Command<R> command) {
        return sendAsync(command, dispatcher.defaultTimeout());
    }

    @Override
    public <R> CompletableFuture<R> sendAsync(Command<R> command, Duration timeout) {
        return dispatcher.call(this, Request.typed(command), timeout);
    }

    @Override
    public <R> R send(Command<R> command, BinarySink sink) {
        return send(command, sink, dispatcher.defaultTimeout());
    }

    @Override
    public <R> R send(Command<R> command, BinarySink sink, Duration timeout) {
        return dispatcher.callAndWait(this, Request.streamed(command, sink), timeout);
    }

    @Override
    public <R> CompletableFuture<R> sendAsync(Command<R> command, BinarySink sink) {
        return sendAsync(command, sink, dispatcher.defaultTimeout());
    }

    @Override
    public <R> CompletableFuture<R> sendAsync(Command<R> command, BinarySink sink, Duration timeout) {
        return dispatcher.call(this, Request.streamed(command, sink), timeout);
    }

    @Override
    public JsonNode send(String method, JsonNode params) {
        return send(method, params, dispatcher.defaultTimeout());
    }

    @Override
    public JsonNode send(String method, JsonNode params, Duration timeout) {
        return dispatcher.callAndWait(this, Request.raw(method, params), timeout);
    }

    @Override
    public CompletableFuture<JsonNode> sendAsync(String method, JsonNode params) {
        return sendAsync(method, params, dispatcher.defaultTimeout());
    }

    @Override
    public CompletableFuture<JsonNode> sendAsync(String method, JsonNode params, Duration timeout) {
        return dispatcher.call(this, Request.raw(method, params), timeout);
    }

    @Override
    public <E> Subscription on(EventType<E> type, Consumer<? super E> listener) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(listener, "listener");
        return listeners.add(type.method(), event -> listener.accept(event.decode(type.eventClass())));
    }

    @Override
    public Subscription onRaw(String method, Consumer<? super JsonNode> listener) {
        Request.requireMethodName(method);
        Objects.requireNonNull(listener, "listener");
        return listeners.add(method, event -> listener.accept(event.tree()));
    }

    @Override
    public <E> CompletableFuture<E> waitFor(EventType<E> type, Predicate<? super E> predicate, Duration timeout) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(predicate, "predicate");
        Timeouts.requirePositive(timeout, "timeout");
        CompletableFuture<E> result = new CompletableFuture<>();
        Subscription subscription = on(type, event -> offer(result, event, predicate));
        ScheduledFuture<?> timer = dispatcher.threads().schedule(() -> dispatcher.threads().fail(result,
                new CdpTimeoutException(type.method(), timeout, "event " + type.method() + " on " + this)), timeout);
        waits.put(result, type.method());
        result.whenComplete((event, failure) -> {
            subscription.close();
            if (timer != null) {
                timer.cancel(false);
            }
            waits.remove(result);
        });
        SessionEnd ended = end;
        if (ended != null) {
            result.completeExceptionally(ended.failure(type.method(), sessionId));
        }
        return result;
    }

    private <E> void offer(CompletableFuture<E> result, E event, Predicate<? super E> predicate) {
        if (result.isDone()) {
            return;
        }
        try {
            if (predicate.test(event)) {
                dispatcher.threads().complete(result, event);
            }
        } catch (RuntimeException e) {
            dispatcher.threads().fail(result, e);
        }
    }

    @Override
    public boolean isAttached() {
        return end == null;
    }

    @Override
    public CompletableFuture<String> detached() {
        return detached.copy();
    }

    /** The session that announced this one's target, or null when that was the browser session. */
    String parentSessionId() {
        return parentSessionId;
    }

    /** How this session ended, or null while it is attached. */
    SessionEnd end() {
        return end;
    }

    /** Queues {@code params} for the listeners registered for {@code method} right now. */
    void deliver(String method, TokenBuffer params) {
        List<EventListeners.Listener> current = listeners.snapshot(method);
        if (!current.isEmpty()) {
            events.execute(() -> EventListeners.deliver(current, new IncomingEvent(method, params)));
        }
    }

    /** Marks the session ended; false if it already was. Commands sent from now on fail at once. */
    boolean markEnded(SessionEnd ending) {
        synchronized (this) {
            if (end != null) {
                return false;
            }
            end = ending;
        }
        return true;
    }

    /** Fails the waits and completes {@link #detached()}, once the events queued so far are delivered. */
    void finishEndingAfterQueuedEvents() {
        events.execute(this::finishEnding);
    }

    /** Fails the waits and completes {@link #detached()} now. */
    void finishEnding() {
        SessionEnd ending = end;
        Map.copyOf(waits).forEach((wait, method) -> wait.completeExceptionally(ending.failure(method, sessionId)));
        detached.complete(ending.reason());
    }

    @Override
    public String toString() {
        if (sessionId == null) {
            return "the browser session";
        }
        return "session " + sessionId + (targetInfo == null ? "" : " (" + targetInfo.type() + " " + targetInfo.url() + ")");
    }
}
