package io.cdpkit.cdp;

import io.cdpkit.cdp.protocol.Binary;
import io.cdpkit.cdp.protocol.Command;
import io.cdpkit.cdp.protocol.fetch.FetchDomain;
import io.cdpkit.cdp.protocol.fetch.HeaderEntry;
import io.cdpkit.cdp.protocol.fetch.RequestPaused;
import io.cdpkit.cdp.protocol.network.ErrorReason;
import io.cdpkit.cdp.protocol.network.PostDataEntry;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A request the browser paused for a {@link Page#intercept interceptor}. Decide its fate once:
 * {@link #continueRequest()}, {@link #fulfill(int, String, String) fulfill} it with a response
 * of your own, or {@link #abort()} it. A request no one decides on within the interceptor's
 * timeout, or whose handler throws, is continued unchanged, so a page never hangs.
 */
public final class InterceptedRequest {

    private static final System.Logger LOG = System.getLogger(InterceptedRequest.class.getName());

    private final CdpSession session;
    private final RequestPaused paused;
    private final Duration callTimeout;
    private final AtomicBoolean decided = new AtomicBoolean();

    InterceptedRequest(CdpSession session, RequestPaused paused, Duration callTimeout) {
        this.session = session;
        this.paused = paused;
        this.callTimeout = callTimeout;
    }

    /** The request URL, fragment excluded. */
    public String url() {
        return paused.request().url();
    }

    /** The HTTP method, e.g. {@code GET}. */
    public String method() {
        return paused.request().method();
    }

    /** The request headers as the browser will send them. */
    public Map<String, String> headers() {
        return HeaderMaps.toMap(paused.request().headers());
    }

    /** The request body (of a POST or PUT) decoded as UTF-8, or null when the request has none. */
    public String postData() {
        List<PostDataEntry> entries = paused.request().postDataEntries();
        if (entries == null) {
            return null;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        entries.stream().filter(entry -> entry.bytes() != null).forEach(entry -> body.writeBytes(entry.bytes().decode()));
        return body.toString(StandardCharsets.UTF_8);
    }

    /** What the request loads, e.g. {@code Document}, {@code Script}, {@code Image}, {@code XHR}, {@code Fetch}. */
    public String resourceType() {
        return paused.resourceType().value();
    }

    /**
     * Lets the request go on unchanged.
     *
     * @throws IllegalStateException if the request was already decided on
     */
    public void continueRequest() {
        decide("continue", FetchDomain.continueRequest(paused.requestId()));
    }

    /**
     * Lets the request go on with {@code headerOverrides} added to (or replacing) its headers.
     *
     * @throws IllegalArgumentException if a header name is blank or contains spaces or colons
     * @throws IllegalStateException if the request was already decided on
     */
    public void continueRequest(Map<String, String> headerOverrides) {
        Map<String, String> merged = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        merged.putAll(headers());
        merged.putAll(HeaderMaps.requireValid(headerOverrides));
        decide("continue", FetchDomain.continueRequest(paused.requestId()).withHeaders(HeaderMaps.toEntries(merged)));
    }

    /**
     * Answers the request with this response; the server never sees it.
     *
     * @throws IllegalArgumentException if {@code status} is not within 100-599 or a header name is bad
     * @throws IllegalStateException if the request was already decided on
     */
    public void fulfill(int status, Map<String, String> headers, byte[] body) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status must be within 100-599: " + status);
        }
        List<HeaderEntry> entries = HeaderMaps.toEntries(headers);
        Objects.requireNonNull(body, "body");
        decide("fulfill", FetchDomain.fulfillRequest(paused.requestId(), status)
                .withResponseHeaders(entries)
                .withBody(Binary.of(body)));
    }

    /**
     * Answers the request with a text body in {@code contentType}, e.g.
     * {@code fulfill(200, "text/html; charset=utf-8", "<h1>Hi</h1>")}; the body is sent as UTF-8.
     *
     * @throws IllegalArgumentException if {@code status} is not within 100-599
     * @throws IllegalStateException if the request was already decided on
     */
    public void fulfill(int status, String contentType, String body) {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
        fulfill(status, Map.of("Content-Type", contentType), body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Fails the request as if the network had failed ({@code Failed}); the page sees an error.
     *
     * @throws IllegalStateException if the request was already decided on
     */
    public void abort() {
        abort("Failed");
    }

    /**
     * Fails the request with a network error reason, e.g. {@code BlockedByClient},
     * {@code ConnectionRefused}, {@code TimedOut}, {@code AccessDenied}.
     *
     * @throws IllegalArgumentException if the reason is not one the protocol knows
     * @throws IllegalStateException if the request was already decided on
     */
    public void abort(String errorReason) {
        Objects.requireNonNull(errorReason, "errorReason");
        ErrorReason reason = ErrorReason.of(errorReason);
        if (!reason.isKnown()) {
            throw new IllegalArgumentException("unknown error reason '" + errorReason + "'; known: "
                    + ErrorReason.knownValues().stream().map(ErrorReason::value).toList());
        }
        decide("abort", FetchDomain.failRequest(paused.requestId(), reason));
    }

    /** True once the request was continued, fulfilled or aborted. */
    public boolean isDecided() {
        return decided.get();
    }

    /** Continues the request now unless it was decided on; never throws. */
    void continueIfUndecided() {
        if (decided.compareAndSet(false, true)) {
            session.sendAsync(FetchDomain.continueRequest(paused.requestId()), callTimeout)
                    .exceptionally(failure -> {
                        LOG.log(System.Logger.Level.DEBUG, "could not continue the undecided request " + url(), failure);
                        return null;
                    });
        }
    }

    /** Continues the request after {@code timeout} unless it was decided on by then. */
    void continueIfUndecidedAfter(Duration timeout) {
        if (!isDecided()) {
            CompletableFuture.delayedExecutor(timeout.toNanos(), TimeUnit.NANOSECONDS)
                    .execute(this::continueIfUndecided);
        }
    }

    private void decide(String decision, Command<?> command) {
        if (!decided.compareAndSet(false, true)) {
            throw new IllegalStateException("cannot " + decision + " " + method() + " " + url() + ": it was already decided on");
        }
        session.send(command, callTimeout);
    }

    @Override
    public String toString() {
        return "InterceptedRequest[" + method() + " " + url() + "]";
    }
}
