package io.cdpkit.cdp;

import com.fasterxml.jackson.databind.JsonNode;
import io.cdpkit.cdp.protocol.Command;
import io.cdpkit.cdp.protocol.EventType;
import io.cdpkit.cdp.protocol.target.TargetInfo;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * One DevTools session on a {@link CdpConnection}: the browser session, or a session attached
 * to a target (a page, a worker...) in flat mode, addressed by {@link #sessionId()}.
 *
 * <pre>{@code
 * CompletableFuture<LoadEventFired> loaded = session.waitFor(LoadEventFired.TYPE, event -> true, Duration.ofSeconds(10));
 * session.send(PageDomain.navigate("http://127.0.0.1:8080/"));
 * loaded.join();
 * }</pre>
 *
 * <p><b>Commands.</b> Every call has a timeout: the connection's default
 * ({@link CdpOptions#callTimeout()}) or the one given. A call fails with {@link CdpException}
 * when the browser answers with an error, {@link CdpTimeoutException} (naming the method) when
 * no answer comes in time, and {@link CdpSessionClosedException} /
 * {@link CdpConnectionClosedException} when the session or connection ends first. Blocking
 * methods throw these; async ones complete their future with them. Futures complete on the
 * connection's dispatch threads, never on its reader thread.
 *
 * <p><b>Events.</b> Listeners of one session are called one at a time, in the order the events
 * arrived, on a dispatch thread (never the reader thread); a slow listener delays only the
 * events of its own session. A listener may send commands, blocking or not. It must not block
 * waiting for a later event of its own session: that event is queued behind it. A listener
 * receives the events that arrive after it was registered. Exceptions thrown by listeners are
 * logged and otherwise ignored.
 */
public interface CdpSession {

    /** The session id the browser assigned; null for the browser session. */
    String sessionId();

    /** The target this session is attached to, as it was when attaching; null for the browser session. */
    TargetInfo targetInfo();

    /** The id of the attached target; null for the browser session. */
    String targetId();

    /** Sends a command and waits for its result, up to the default call timeout. */
    <R> R send(Command<R> command);

    /** Sends a command and waits for its result, up to {@code timeout}. */
    <R> R send(Command<R> command, Duration timeout);

    /** Sends a command; the future completes with its result. */
    <R> CompletableFuture<R> sendAsync(Command<R> command);

    /** Sends a command with its own timeout; the future completes with its result. */
    <R> CompletableFuture<R> sendAsync(Command<R> command, Duration timeout);

    /**
     * Sends a command and decodes one base64 field of its result straight into a stream (see
     * {@link BinarySink}), waiting up to the default call timeout; returns the rest of the
     * result, with that field null.
     */
    <R> R send(Command<R> command, BinarySink sink);

    /** Like {@link #send(Command, BinarySink)}, waiting up to {@code timeout}. */
    <R> R send(Command<R> command, BinarySink sink, Duration timeout);

    /** The async twin of {@link #send(Command, BinarySink)}. */
    <R> CompletableFuture<R> sendAsync(Command<R> command, BinarySink sink);

    /** The async twin of {@link #send(Command, BinarySink, Duration)}. */
    <R> CompletableFuture<R> sendAsync(Command<R> command, BinarySink sink, Duration timeout);

    /**
     * Sends any method by name, e.g. one the generated bindings do not know, and waits for its
     * raw {@code result} object, up to the default call timeout.
     *
     * @param params the {@code params} object, or null for none
     * @throws IllegalArgumentException if {@code params} is not a JSON object
     */
    JsonNode send(String method, JsonNode params);

    /** Like {@link #send(String, JsonNode)}, waiting up to {@code timeout}. */
    JsonNode send(String method, JsonNode params, Duration timeout);

    /** The async twin of {@link #send(String, JsonNode)}. */
    CompletableFuture<JsonNode> sendAsync(String method, JsonNode params);

    /** The async twin of {@link #send(String, JsonNode, Duration)}. */
    CompletableFuture<JsonNode> sendAsync(String method, JsonNode params, Duration timeout);

    /** Calls {@code listener} with every event of {@code type} on this session. */
    <E> Subscription on(EventType<E> type, Consumer<? super E> listener);

    /**
     * Calls {@code listener} with the raw {@code params} of every event named {@code method}
     * on this session, including events the generated bindings do not know.
     */
    Subscription onRaw(String method, Consumer<? super JsonNode> listener);

    /**
     * Completes with the first event of {@code type} that matches {@code predicate} and arrives
     * after this call; fails with {@link CdpTimeoutException} after {@code timeout}, or with
     * {@link CdpSessionClosedException} when the session ends first. Cancelling the future
     * stops the wait.
     */
    <E> CompletableFuture<E> waitFor(EventType<E> type, Predicate<? super E> predicate, Duration timeout);

    /** True until the target detached or the connection ended. */
    boolean isAttached();

    /** Completes, with the reason, when the session ended (target detached or connection ended). */
    CompletableFuture<String> detached();
}
