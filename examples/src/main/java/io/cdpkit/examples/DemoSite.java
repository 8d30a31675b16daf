package io.cdpkit.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The pages the CDP examples work on when they are given no URL, served from 127.0.0.1 (a free
 * port) by the JDK's HTTP server, so the examples need no network:
 *
 * <ul>
 *   <li>{@code /index.html}: a heading and coloured tiles, to screenshot or print;</li>
 *   <li>{@code /table.html}: a table of planets, to scrape;</li>
 *   <li>{@code /shop.html}: three images and a list filled from {@code GET /api/products}, to intercept;</li>
 *   <li>{@code /form.html}: a sign-up form that posts to {@code /submit}, which records the
 *       submission and answers with a thank-you page.</li>
 * </ul>
 *
 * <p>Every request's path is recorded. For demos and tests only.
 */
public final class DemoSite implements AutoCloseable {

    /** What {@code GET /api/products} answers. */
    public static final String PRODUCTS_JSON = "[{\"name\":\"Teapot\"},{\"name\":\"Kettle\"}]";

    private static final String RESOURCES = "site";
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "svg", "image/svg+xml",
            "json", "application/json");

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<String> requestedPaths = new CopyOnWriteArrayList<>();
    private final List<Map<String, String>> submissions = new CopyOnWriteArrayList<>();

    private DemoSite(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Starts serving on 127.0.0.1 and a free port. */
    public static DemoSite start() throws IOException {
        ExecutorService executor = Executors.newFixedThreadPool(4, task -> {
            Thread thread = new Thread(task, "demo-site");
            thread.setDaemon(true);
            return thread;
        });
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        DemoSite site = new DemoSite(server, executor);
        server.createContext("/", site::handle);
        server.setExecutor(executor);
        server.start();
        return site;
    }

    /** The URL of {@code path} on this site, e.g. {@code url("table.html")}. */
    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + path);
    }

    /** The paths requested so far, in order. */
    public List<String> requestedPaths() {
        return List.copyOf(requestedPaths);
    }

    /** The forms posted to {@code /submit} so far, each as field name to value. */
    public List<Map<String, String>> submissions() {
        return List.copyOf(submissions);
    }

    /** Stops the server and its threads. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requestedPaths.add(path);
        try (exchange) {
            switch (path) {
                case "/api/products" -> send(exchange, 200, CONTENT_TYPES.get("json"), PRODUCTS_JSON);
                case "/submit" -> submit(exchange);
                default -> serveResource(exchange, path.equals("/") ? "/index.html" : path);
            }
        }
    }

    private void submit(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            send(exchange, 405, "text/plain; charset=utf-8", "POST the form to /submit");
            return;
        }
        Map<String, String> fields = parseForm(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        submissions.add(fields);
        List<String> rows = new ArrayList<>();
        fields.forEach((name, value) -> rows.add("<dt>" + escape(name) + "</dt><dd>" + escape(value) + "</dd>"));
        send(exchange, 200, CONTENT_TYPES.get("html"), "<!doctype html><title>Thank you</title><h1 id=\"thanks\">Thank you, "
                + escape(fields.getOrDefault("name", "")) + "!</h1><dl>" + String.join("", rows) + "</dl>");
    }

    private static Map<String, String> parseForm(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (!pair.isEmpty()) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                fields.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    private static void serveResource(HttpExchange exchange, String path) throws IOException {
        String extension = path.substring(path.lastIndexOf('.') + 1);
        InputStream resource = path.contains("..") ? null : DemoSite.class.getResourceAsStream(RESOURCES + path);
        if (resource == null || !CONTENT_TYPES.containsKey(extension)) {
            send(exchange, 404, "text/plain; charset=utf-8", "Not found: " + path);
            return;
        }
        try (resource) {
            send(exchange, 200, CONTENT_TYPES.get(extension), resource.readAllBytes());
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        send(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
