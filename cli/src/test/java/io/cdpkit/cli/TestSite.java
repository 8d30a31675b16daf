package io.cdpkit.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * An HTTP server on 127.0.0.1 serving fixed responses by path, for the tests' pages and fake
 * DevTools endpoints. {@link #NEVER_ANSWERS} is a path that accepts the request and never
 * answers (until the site is closed).
 */
final class TestSite implements AutoCloseable {

    /** A path whose request hangs until {@link #close()}. */
    static final String NEVER_ANSWERS = "/never";

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "test-site");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Response> responses = new ConcurrentHashMap<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    TestSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Serves {@code body} at {@code path} with {@code contentType}; returns the page's URL. */
    String serve(String path, String contentType, String body) {
        responses.put(path, new Response(contentType, body.getBytes(StandardCharsets.UTF_8)));
        return url(path);
    }

    /** Serves an HTML page at {@code path}; returns its URL. */
    String html(String path, String html) {
        return serve(path, "text/html; charset=utf-8", html);
    }

    /** A loopback port nothing listens on (one that was free a moment ago). */
    static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** {@code http://127.0.0.1:<port>}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The URL of {@code path}. */
    String url(String path) {
        return baseUrl() + path;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals(NEVER_ANSWERS)) {
                closing.await(5, TimeUnit.MINUTES);
                return;
            }
            Response response = responses.get(path);
            byte[] body = response == null ? "not found".getBytes(StandardCharsets.UTF_8) : response.body();
            exchange.getResponseHeaders().set("Content-Type", response == null ? "text/plain" : response.contentType());
            exchange.sendResponseHeaders(response == null ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        handlers.shutdownNow();
    }

    private record Response(String contentType, byte[] body) {
    }
}
