package io.cdpkit.examples;

import io.cdpkit.websocket.testing.EchoEndpoint;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.ServerUpgradeRequest;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * A small stand-in for the Autobahn|Testsuite fuzzing server (Jetty 12, 127.0.0.1): serves
 * {@code /getCaseCount}, {@code /runCase?case=N&agent=A} (sends the case's scripted messages and
 * checks that each comes back unchanged, or drops the connection for a "broken" case: see
 * {@link CaseEndpoint}) and
 * {@code /updateReports?agent=A}; also {@code /echo} for the echo demo. It records what it saw.
 */
final class FakeAutobahnServer implements AutoCloseable {

    private final Server server = new Server(new QueuedThreadPool());
    private final ServerConnector connector = new ServerConnector(server);
    private final List<List<ScriptedMessage>> cases;
    private final Map<Integer, CaseRecord> records = new ConcurrentHashMap<>();
    private final List<String> reportAgents = new CopyOnWriteArrayList<>();
    private final List<String> offeredExtensions = new CopyOnWriteArrayList<>();

    /** Starts a server whose case N sends {@code cases.get(N - 1)}; an empty script means a dropped connection. */
    FakeAutobahnServer(List<List<ScriptedMessage>> cases, boolean deflate) throws Exception {
        this.cases = cases;
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        server.setHandler(WebSocketUpgradeHandler.from(server, container -> {
            container.setMaxTextMessageSize(64L << 20);
            container.setMaxBinaryMessageSize(64L << 20);
            container.addMapping("/getCaseCount", (request, response, callback) -> new ClosingEndpoint(String.valueOf(cases.size())));
            container.addMapping("/runCase", (request, response, callback) -> {
                offeredExtensions.add(String.valueOf(request.getHeaders().get("Sec-WebSocket-Extensions")));
                if (!deflate) {
                    response.setExtensions(List.of());
                }
                return caseEndpoint(request);
            });
            container.addMapping("/updateReports", (request, response, callback) -> {
                reportAgents.add(query(request, "agent"));
                return new ClosingEndpoint("reports updated");
            });
            container.addMapping("/echo", (request, response, callback) -> new EchoEndpoint());
        }));
        server.start();
    }

    URI uri(String path) {
        return URI.create("ws://127.0.0.1:" + connector.getLocalPort() + path);
    }

    Map<Integer, CaseRecord> records() {
        return records;
    }

    List<String> reportAgents() {
        return reportAgents;
    }

    List<String> offeredExtensions() {
        return offeredExtensions;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the fake Autobahn server", e);
        }
    }

    private Object caseEndpoint(ServerUpgradeRequest request) {
        int number = Integer.parseInt(query(request, "case"));
        CaseRecord record = new CaseRecord(query(request, "agent"));
        records.put(number, record);
        return new CaseEndpoint(cases.get(number - 1), record);
    }

    private static String query(ServerUpgradeRequest request, String name) {
        return Request.extractQueryParameters(request, StandardCharsets.UTF_8).getValue(name);
    }
}
