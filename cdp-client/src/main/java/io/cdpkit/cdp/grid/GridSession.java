package io.cdpkit.cdp.grid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A W3C WebDriver session on a Selenium Grid, made only to reach the browser's DevTools endpoint
 * through the Grid ({@code se:cdp}). Most users let {@code Browser.connectGrid} make one; it
 * closes the CDP connection first and this session after.
 *
 * <pre>{@code
 * try (GridSession session = GridSession.create("http://127.0.0.1:4444", GridOptions.defaults())) {
 *     URI cdp = session.cdpUrl();   // ws://127.0.0.1:4444/session/<id>/se/cdp
 * }
 * }</pre>
 *
 * <p>The {@code se:cdp} URL the Grid reports names the host the Grid sees itself as, which from
 * outside a container or a NAT is often unreachable; {@link #cdpUrl()} keeps its path but uses
 * the scheme, host and port of the Grid URL this session was created through, which the client
 * has just shown it can reach.
 */
public final class GridSession implements AutoCloseable {

    private static final String CDP_CAPABILITY = "se:cdp";
    private static final String QUEUE_HINT = ": the Grid queues a new session while every matching slot is busy"
            + " or when no node matches the capabilities; the request was withdrawn";

    private final GridHttp grid;
    private final String id;
    private final JsonNode capabilities;
    private final Duration requestTimeout;
    private final AtomicBoolean closed = new AtomicBoolean();

    private GridSession(GridHttp grid, String id, JsonNode capabilities, Duration requestTimeout) {
        this.grid = grid;
        this.id = id;
        this.capabilities = capabilities;
        this.requestTimeout = requestTimeout;
    }

    /**
     * Asks the Grid at {@code gridUrl} for a new session ({@code POST /session}) and waits up to
     * {@link GridOptions#sessionTimeout()} for it.
     *
     * @throws IllegalArgumentException if {@code gridUrl} is not an {@code http(s)://} URL
     * @throws GridUnreachableException if nothing answers at {@code gridUrl}
     * @throws SessionNotCreatedException if the Grid refuses the session, with its reason
     * @throws GridTimeoutException if no session came in time (the request is withdrawn)
     * @throws GridException if the answer is not a WebDriver session with a CDP endpoint
     */
    public static GridSession create(String gridUrl, GridOptions options) {
        Objects.requireNonNull(options, "options");
        GridHttp grid = GridHttp.of(gridUrl);
        ObjectNode request = GridHttp.JSON.createObjectNode();
        request.putObject("capabilities").set("alwaysMatch", options.alwaysMatch());
        JsonNode created = grid.post("session", request, options.sessionTimeout(), QUEUE_HINT);
        String id = created.path("sessionId").asText("");
        if (id.isEmpty()) {
            throw new GridException("POST " + grid.resolve("session") + " answered without a sessionId: " + created,
                    grid.resolve("session"), null);
        }
        GridSession session = new GridSession(grid, id, created.path("capabilities"), options.requestTimeout());
        if (!session.capabilities.path(CDP_CAPABILITY).isTextual()) {
            session.close();
            throw new GridException("Grid session " + id + " has no " + CDP_CAPABILITY + " capability, so it offers no"
                    + " DevTools endpoint: is the browser Chromium-based, and is CDP enabled on the Grid?",
                    grid.resolve("session"), null);
        }
        return session;
    }

    /** The session id the Grid gave. */
    public String id() {
        return id;
    }

    /** The URL of the Grid, ending with {@code /}. */
    public URI gridUrl() {
        return grid.baseUrl();
    }

    /** The capabilities the Grid answered with (browser version, {@code se:cdp}, ...). */
    public JsonNode capabilities() {
        return capabilities.deepCopy();
    }

    /**
     * The browser-level CDP WebSocket URL through the Grid: the path of {@code se:cdp} on the
     * Grid URL's host and port ({@code ws://} for an {@code http://} Grid, {@code wss://} for
     * {@code https://}).
     */
    public URI cdpUrl() {
        URI reported = URI.create(capabilities.path(CDP_CAPABILITY).asText());
        URI base = grid.baseUrl();
        String scheme = base.getScheme().equals("https") ? "wss" : "ws";
        String query = reported.getRawQuery() == null ? "" : "?" + reported.getRawQuery();
        return URI.create(scheme + "://" + base.getRawAuthority() + reported.getRawPath() + query);
    }

    /** True once {@link #close()} was called. */
    public boolean isClosed() {
        return closed.get();
    }

    /**
     * Deletes the session ({@code DELETE /session/<id>}), which ends its browser on the node.
     * Close CDP connections to it first: the Grid does not close them. A session the Grid already
     * ended (it reaps idle ones) counts as deleted. Does nothing the second time.
     *
     * @throws GridException if the Grid cannot be asked or refuses
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            grid.delete("session/" + URLEncoder.encode(id, StandardCharsets.UTF_8), requestTimeout);
        } catch (GridErrorException e) {
            if (!"invalid session id".equals(e.error())) {
                throw e;
            }
        }
    }

    @Override
    public String toString() {
        return "GridSession[" + id + " at " + grid.baseUrl() + (closed.get() ? ", closed" : "") + "]";
    }
}
