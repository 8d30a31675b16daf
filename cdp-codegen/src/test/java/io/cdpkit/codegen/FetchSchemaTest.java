package io.cdpkit.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Runs against a real HTTP server on 127.0.0.1 that serves {@code /json/protocol} like a browser. */
@Timeout(30)
class FetchSchemaTest {

    private static final byte[] SCHEMA = Schemas.withDomains(
            "{\"domain\": \"Page\", \"types\": [{\"id\": \"FrameId\", \"type\": \"string\"}]}");

    private HttpServer server;
    private volatile byte[] body = SCHEMA;
    private volatile int status = 200;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/json/protocol", exchange -> {
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void writesTheSchemaExactlyAsServed(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("protocol.json");
        FetchSchema.main(new String[] {endpoint(), out.toString()});
        assertArrayEquals(SCHEMA, Files.readAllBytes(out));
    }

    @Test
    void anErrorStatusFailsWithTheUrlAndStatus() {
        status = 404;
        IOException e = assertThrows(IOException.class,
                () -> FetchSchema.fetch(URI.create(endpoint()), Duration.ofSeconds(5)));
        assertEquals("GET " + endpoint() + "/json/protocol answered HTTP 404", e.getMessage());
    }

    @Test
    void aSchemaTheGeneratorRejectsIsNotWritten(@TempDir Path dir) {
        body = "{\"domains\": []}".getBytes(StandardCharsets.UTF_8);
        Path out = dir.resolve("protocol.json");
        assertThrows(SchemaException.class, () -> FetchSchema.main(new String[] {endpoint(), out.toString()}));
        assertTrue(Files.notExists(out));
    }

    @Test
    void rejectsEndpointsThatAreNotHttp() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FetchSchema.fetch(URI.create("ws://127.0.0.1:1/devtools"), Duration.ofSeconds(1)));
        assertEquals("not an http://host:port endpoint: ws://127.0.0.1:1/devtools", e.getMessage());
    }
}
