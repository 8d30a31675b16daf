package io.cdpkit.bench;

import io.cdpkit.bench.harness.Flags;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * The echo server of the WebSocket workloads: Jetty 12 on 127.0.0.1, every path, echoing text
 * as text and binary as binary, messages and frames up to 64 MiB. Extensions are refused, so
 * every client under test speaks plain frames (OkHttp would otherwise negotiate
 * permessage-deflate and compress what the others send raw).
 *
 * <pre>java -cp cdpkit-benchmarks.jar io.cdpkit.bench.EchoServer --port P</pre>
 *
 * With {@code --port 0} a free port is chosen. Once listening it prints
 * {@code LISTENING port=<port>}; it runs until killed.
 */
public final class EchoServer {

    private static final long LIMIT = 64L * 1024 * 1024;
    private static final int IO_BUFFER = 64 * 1024;
    private static final int ACCEPT_QUEUE = 2048;

    private EchoServer() {
    }

    /** Starts the server on the port given by {@code --port} and serves until the process is killed. */
    public static void main(String[] args) throws Exception {
        Flags flags = Flags.parse(args, Set.of("port"));
        int port = Integer.parseInt(flags.required("port"));
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("echo-server");
        Server server = new Server(threads);
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        connector.setAcceptQueueSize(ACCEPT_QUEUE);
        server.addConnector(connector);
        server.setHandler(WebSocketUpgradeHandler.from(server, container -> {
            container.setMaxTextMessageSize(LIMIT);
            container.setMaxBinaryMessageSize(LIMIT);
            container.setMaxFrameSize(LIMIT);
            container.setInputBufferSize(IO_BUFFER);
            container.setOutputBufferSize(IO_BUFFER);
            container.setIdleTimeout(Duration.ofMinutes(5));
            container.addMapping("/*", (request, response, callback) -> {
                response.setExtensions(List.of());
                return new Echo();
            });
        }));
        server.start();
        System.out.println("LISTENING port=" + connector.getLocalPort());
        System.out.flush();
        server.join();
    }

    /** Echoes each message back as it came: text as text, binary as binary. */
    public static final class Echo extends Session.Listener.AbstractAutoDemanding {

        @Override
        public void onWebSocketText(String message) {
            getSession().sendText(message, Callback.NOOP);
        }

        @Override
        public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
            getSession().sendBinary(payload, callback);
        }
    }
}
