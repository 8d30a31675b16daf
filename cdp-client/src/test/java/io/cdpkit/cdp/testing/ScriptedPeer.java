package io.cdpkit.cdp.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * A real WebSocket server (Jetty 12, 127.0.0.1) that plays the browser side of CDP by script:
 * tests read the requests the client sent ({@link #nextRequest()}) and send whatever replies and
 * events they want, in any order and shape ({@link #send(String)}), or drop the connection
 * without a close frame ({@link #drop()}). One client connection at a time.
 */
public final class ScriptedPeer implements AutoCloseable {

    /** The path clients connect to, shaped like Chrome's browser endpoint. */
    public static final String PATH = "/devtools/browser/scripted";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MESSAGE_LIMIT = 64L * 1024 * 1024;
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final Server server;
    private final ServerConnector connector;
    private final BlockingQueue<String> requests = new LinkedBlockingQueue<>();
    private final CompletableFuture<Session> session = new CompletableFuture<>();

    private ScriptedPeer() throws Exception {
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("scripted-peer");
        threads.setDaemon(true);
        server = new Server(threads);
        connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(WebSocketUpgradeHandler.from(server, container -> {
            container.setMaxTextMessageSize(MESSAGE_LIMIT);
            container.setIdleTimeout(Duration.ofMinutes(2));
            container.addMapping(PATH, (request, response, callback) -> new Endpoint(session::complete, requests::add));
        }));
        server.start();
    }

    /** Starts a peer on a free port. */
    public static ScriptedPeer start() throws Exception {
        return new ScriptedPeer();
    }

    /** {@code ws://127.0.0.1:<port>/devtools/browser/scripted}. */
    public URI uri() {
        return URI.create("ws://127.0.0.1:" + connector.getLocalPort() + PATH);
    }

    /** The next request the client sent, parsed; fails the test after 10 s without one. */
    public ObjectNode nextRequest() throws InterruptedException {
        String text = requests.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        if (text == null) {
            throw new AssertionError("the client sent no request within " + WAIT.toSeconds() + " s");
        }
        try {
            return (ObjectNode) JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("the client sent invalid JSON: " + text, e);
        }
    }

    /** The next request, which must call {@code method}. */
    public ObjectNode nextRequest(String method) throws InterruptedException {
        ObjectNode request = nextRequest();
        if (!method.equals(request.path("method").asText())) {
            throw new AssertionError("expected a request for " + method + " but got " + request);
        }
        return request;
    }

    /** Sends {@code text} as one text message to the connected client. */
    public void send(String text) throws Exception {
        CompletableFuture<Void> sent = new CompletableFuture<>();
        connectedSession().sendText(text, Callback.from(() -> sent.complete(null), sent::completeExceptionally));
        sent.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Answers {@code request} with {@code {"id":<its id>,"result":<resultJson>}}. */
    public void reply(JsonNode request, String resultJson) throws Exception {
        send("{\"id\":" + request.path("id").asLong() + ",\"result\":" + resultJson + "}");
    }

    /** Sends an event; {@code sessionId} null means the browser session. */
    public void event(String sessionId, String method, String paramsJson) throws Exception {
        send("{\"method\":\"" + method + "\",\"params\":" + paramsJson
                + (sessionId == null ? "" : ",\"sessionId\":\"" + sessionId + "\"") + "}");
    }

    /** Announces a page target attached as session {@code sessionId} (target id {@code "T-" + sessionId}). */
    public void attach(String sessionId) throws Exception {
        event(null, "Target.attachedToTarget", "{\"sessionId\":\"" + sessionId + "\",\"targetInfo\":{\"targetId\":\"T-"
                + sessionId + "\",\"type\":\"page\",\"title\":\"\",\"url\":\"about:blank\",\"attached\":true,"
                + "\"canAccessOpener\":false},\"waitingForDebugger\":false}");
    }

    /** Ends the connection abruptly: the TCP connection closes without a close frame. */
    public void drop() throws Exception {
        connectedSession().disconnect();
    }

    private Session connectedSession() throws Exception {
        return session.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    /** Hands the opened session and each text message to the peer (public: Jetty binds to it reflectively). */
    public static final class Endpoint extends Session.Listener.AbstractAutoDemanding {

        private final Consumer<Session> opened;
        private final Consumer<String> received;

        Endpoint(Consumer<Session> opened, Consumer<String> received) {
            this.opened = opened;
            this.received = received;
        }

        @Override
        public void onWebSocketOpen(Session session) {
            super.onWebSocketOpen(session);
            opened.accept(session);
        }

        @Override
        public void onWebSocketText(String message) {
            received.accept(message);
        }
    }
}
