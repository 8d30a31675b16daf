package io.cdpkit.cdp.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A web server on 127.0.0.1 (JDK {@link HttpServer}, a free port) for tests: it serves the files
 * under {@code src/test/resources/pages/} and answers registered paths with handlers, including
 * ones that answer slowly or never. Every request is recorded.
 *
 * <pre>{@code
 * try (LocalPages pages = LocalPages.start()) {
 *     pages.neverRespond("/stuck");
 *     URI hello = pages.url("hello.html");
 * }
 * }</pre>
 *
 * <p>Handlers run on a pool of daemon threads, so a hanging answer does not block others;
 * {@link #close()} releases hanging answers, stops the server and its threads.
 */
public final class LocalPages implements AutoCloseable {

    private static final String RESOURCE_ROOT = "pages/";
    private static final AtomicInteger SERVER_COUNT = new AtomicInteger();
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/json",
            "txt", "text/plain; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png");

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, HttpHandler> handlers = new ConcurrentHashMap<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    /** A request the server received. */
    public record RecordedRequest(String method, URI uri, Map<String, List<String>> headers) {
        /** The first value of a header (names are case-insensitive), or null. */
        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    private LocalPages(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Starts a server on 127.0.0.1 and a free port. */
    public static LocalPages start() {
        int serverNumber = SERVER_COUNT.incrementAndGet();
        AtomicInteger threadCount = new AtomicInteger();
        ExecutorService executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "local-pages-" + serverNumber + "-" + threadCount.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            LocalPages pages = new LocalPages(server, executor);
            server.createContext("/", pages::dispatch);
            server.setExecutor(executor);
            server.start();
            return pages;
        } catch (IOException e) {
            executor.shutdownNow();
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:<port>/}. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** The URL of {@code path} (with or without a leading slash; may carry a query or fragment). */
    public URI url(String path) {
        return baseUrl().resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /**
     * Answers requests for exactly {@code path} (no query) with {@code handler}. The exchange is
     * closed after the handler returns; a handler that throws drops the connection instead.
     */
    public LocalPages handle(String path, HttpHandler handler) {
        handlers.put(normalize(path), handler);
        return this;
    }

    /** Answers {@code path} with a fixed status, content type and body. */
    public LocalPages respond(String path, int status, String contentType, String body) {
        return handle(path, exchange -> send(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8)));
    }

    /** Answers {@code path} with {@code body} after {@code delay} (released early by {@link #close()}). */
    public LocalPages respondAfter(String path, Duration delay, String contentType, String body) {
        return handle(path, exchange -> {
            if (!awaitClosing(delay)) {
                send(exchange, 200, contentType, body.getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    /** Accepts requests for {@code path} but never sends a status line, until {@link #close()}. */
    public LocalPages neverRespond(String path) {
        return handle(path, exchange -> awaitClosing(Duration.ofDays(1)));
    }

    /**
     * Answers {@code path} with status 200 and {@code firstChunk} of a body that never ends (chunked
     * encoding, never terminated) until {@link #close()}: a page that starts loading and never finishes.
     */
    public LocalPages neverFinish(String path, String contentType, String firstChunk) {
        return handle(path, exchange -> {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(200, 0);
            OutputStream body = exchange.getResponseBody();
            body.write(firstChunk.getBytes(StandardCharsets.UTF_8));
            body.flush();
            awaitClosing(Duration.ofDays(1));
            // Throwing makes the server drop the connection; returning would end the body properly.
            throw new IOException("LocalPages closed with the body of " + path + " unfinished");
        });
    }

    /** Every request received so far, in order. */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** Releases hanging answers, stops the server and waits for its threads. */
    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("LocalPages handler threads did not stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        requests.add(new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI(),
                Map.copyOf(exchange.getRequestHeaders())));
        HttpHandler handler = handlers.get(exchange.getRequestURI().getPath());
        if (handler != null) {
            handler.handle(exchange);
        } else {
            serveResource(exchange);
        }
        exchange.close();
    }

    private void serveResource(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring(1);
        if (path.isEmpty() || path.contains("..")) {
            send(exchange, 404, CONTENT_TYPES.get("txt"), ("Not found: /" + path).getBytes(StandardCharsets.UTF_8));
            return;
        }
        try (InputStream resource = LocalPages.class.getClassLoader().getResourceAsStream(RESOURCE_ROOT + path)) {
            if (resource == null) {
                send(exchange, 404, CONTENT_TYPES.get("txt"), ("Not found: /" + path).getBytes(StandardCharsets.UTF_8));
            } else {
                String extension = path.substring(path.lastIndexOf('.') + 1);
                send(exchange, 200, CONTENT_TYPES.getOrDefault(extension, "application/octet-stream"),
                        resource.readAllBytes());
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Waits up to {@code timeout}; true if {@link #close()} came first. */
    private boolean awaitClosing(Duration timeout) {
        try {
            return closing.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private static String normalize(String path) {
        return path.startsWith("/") ? path : "/" + path;
    }
}
