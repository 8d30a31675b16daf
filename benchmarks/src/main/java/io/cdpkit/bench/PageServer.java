package io.cdpkit.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cdpkit.bench.harness.Flags;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Set;

/**
 * Serves the page of the CDP workloads at {@code http://127.0.0.1:<port>/page.html} (anything
 * else is 404), with the JDK's HTTP server.
 *
 * <pre>java -cp cdpkit-benchmarks.jar io.cdpkit.bench.PageServer --port P</pre>
 *
 * With {@code --port 0} a free port is chosen. Once listening it prints
 * {@code LISTENING port=<port>}; it runs until killed.
 */
public final class PageServer {

    private static final String PAGE = "/page.html";

    private PageServer() {
    }

    /** Starts serving on the port given by {@code --port}. */
    public static void main(String[] args) throws IOException {
        Flags flags = Flags.parse(args, Set.of("port"));
        byte[] page;
        try (InputStream in = PageServer.class.getResourceAsStream("page.html")) {
            if (in == null) {
                throw new IllegalStateException("page.html is missing from the benchmark jar");
            }
            page = in.readAllBytes();
        }
        HttpServer server = HttpServer.create(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(flags.required("port"))), 64);
        server.createContext("/", exchange -> respond(exchange, page));
        server.start();
        System.out.println("LISTENING port=" + server.getAddress().getPort());
        System.out.flush();
    }

    private static void respond(HttpExchange exchange, byte[] page) throws IOException {
        try (exchange) {
            boolean found = exchange.getRequestURI().getPath().equals(PAGE);
            byte[] body = found ? page : new byte[0];
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(found ? 200 : 404, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
