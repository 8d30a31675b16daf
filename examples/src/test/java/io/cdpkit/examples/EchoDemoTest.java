package io.cdpkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Runs the echo demo in-process, against its own local server and against a real one (Jetty). */
@Timeout(60)
class EchoDemoTest {

    private static final List<String> EXPECTED = List.of("Hello!", "Ping: 1", "Ping: 2", "Ping: 3", "Goodbye!");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void withoutArgumentsItTalksToItsOwnLocalServer() {
        assertEquals(0, run(), this::errors);
        assertEquals(EXPECTED, printedLines());
        assertTrue(errors().contains("Started a local echo server at ws://127.0.0.1:"), errors());
        assertTrue(errors().contains("Closed with code 1000"), errors());
    }

    @Test
    void withAUrlItTalksToThatServer() throws Exception {
        try (FakeAutobahnServer server = new FakeAutobahnServer(List.of(), false)) {
            String url = server.uri("/echo").toString();
            assertEquals(0, run(url), this::errors);
            assertEquals(EXPECTED, printedLines());
            assertTrue(errors().contains("Connected to " + url), errors());
        }
    }

    @Test
    void rejectsABadUrl() {
        assertEquals(2, run("http://127.0.0.1:1/"));
        assertTrue(errors().contains("http://127.0.0.1:1/"), errors());
    }

    @Test
    void reportsAServerThatIsNotThere() {
        assertEquals(1, run("ws://127.0.0.1:1/"));
        assertTrue(errors().startsWith("Echo demo failed"), errors());
    }

    private int run(String... args) {
        return EchoDemo.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> printedLines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
