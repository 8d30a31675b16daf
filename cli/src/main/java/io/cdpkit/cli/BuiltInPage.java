package io.cdpkit.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * The page {@code cdpkit screenshot} shows when given no URL: a small styled "hello" page,
 * served from 127.0.0.1 on a free port, so the first command works without internet.
 */
final class BuiltInPage implements AutoCloseable {

    private static final String RESOURCE = "hello.html";

    private final HttpServer server;
    private final byte[] html;

    private BuiltInPage(HttpServer server, byte[] html) {
        this.server = server;
        this.html = html;
    }

    /** Starts serving the page; {@link #close()} stops. */
    static BuiltInPage serve() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            BuiltInPage page = new BuiltInPage(server, readResource());
            server.createContext("/", page::respond);
            server.start();
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serve the built-in page on 127.0.0.1", e);
        }
    }

    /** The page's address, {@code http://127.0.0.1:<port>/}. */
    String url() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort()
                + "/";
    }

    private void respond(HttpExchange exchange) throws IOException {
        try (exchange) {
            boolean found = exchange.getRequestURI().getPath().equals("/");
            byte[] body = found ? html : "not found".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", found ? "text/html; charset=utf-8" : "text/plain");
            exchange.sendResponseHeaders(found ? 200 : 404, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] readResource() throws IOException {
        try (InputStream in = BuiltInPage.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("missing resource " + RESOURCE);
            }
            return in.readAllBytes();
        }
    }

    /** Stops the server at once. */
    @Override
    public void close() {
        server.stop(0);
    }
}
