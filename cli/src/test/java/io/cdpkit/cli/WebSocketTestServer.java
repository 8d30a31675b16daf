package io.cdpkit.cli;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.server.ServerUpgradeRequest;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * A Jetty 12 WebSocket server on 127.0.0.1 for the {@code cdpkit ws} tests. It records the
 * handshake headers and the type of every message it gets, and serves:
 * <ul>
 *   <li>{@code /echo}: echoes text as text and binary as binary;</li>
 *   <li>{@code /bye}: answers the first message with {@code bye}, then closes (1000, "done");</li>
 *   <li>{@code /later}: answers {@code late reply} 500 ms after the first message, then closes.</li>
 * </ul>
 * Public, as are its endpoints, because Jetty calls the endpoints through method handles.
 */
public final class WebSocketTestServer implements AutoCloseable {

    private final Server server = new Server();
    private final ServerConnector connector = new ServerConnector(server);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final Map<String, String> handshakeHeaders = new ConcurrentHashMap<>();
    private final List<String> received = new CopyOnWriteArrayList<>();

    WebSocketTestServer() throws Exception {
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        server.setHandler(WebSocketUpgradeHandler.from(server, container -> {
            container.addMapping("/echo", (request, response, callback) -> record(request, new Echo()));
            container.addMapping("/bye", (request, response, callback) -> record(request, new Reply("bye", 0)));
            container.addMapping("/later", (request, response, callback) -> record(request, new Reply("late reply", 500)));
        }));
        server.start();
    }

    /** {@code ws://127.0.0.1:<port><path>}. */
    String url(String path) {
        return "ws://127.0.0.1:" + connector.getLocalPort() + path;
    }

    /** The value of a header of the last handshake, or null. */
    String handshakeHeader(String name) {
        return handshakeHeaders.get(name.toLowerCase(Locale.ROOT));
    }

    /** Every message received, as {@code text:<text>} or {@code binary:<length>}. */
    List<String> received() {
        return received;
    }

    private Object record(ServerUpgradeRequest request, Object endpoint) {
        request.getHeaders().forEach(field ->
                handshakeHeaders.put(field.getLowerCaseName(), field.getValue()));
        return endpoint;
    }

    @Override
    public void close() throws Exception {
        timer.shutdownNow();
        server.stop();
    }

    /** Echoes every message. */
    public final class Echo extends Session.Listener.AbstractAutoDemanding {
        @Override
        public void onWebSocketText(String message) {
            received.add("text:" + message);
            getSession().sendText(message, Callback.NOOP);
        }

        @Override
        public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
            received.add("binary:" + payload.remaining());
            getSession().sendBinary(payload, callback);
        }
    }

    /** Answers the first text message with a fixed reply after a delay, then closes. */
    public final class Reply extends Session.Listener.AbstractAutoDemanding {
        private final String reply;
        private final long delayMillis;

        Reply(String reply, long delayMillis) {
            this.reply = reply;
            this.delayMillis = delayMillis;
        }

        @Override
        public void onWebSocketText(String message) {
            received.add("text:" + message);
            timer.schedule(() -> getSession().sendText(reply, Callback.from(
                    () -> getSession().close(1000, "done", Callback.NOOP), failure -> { })),
                    delayMillis, TimeUnit.MILLISECONDS);
        }
    }
}
