package io.cdpkit.cli;

import static io.cdpkit.cli.CdpkitProcess.cdpkit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdpkit.cli.CdpkitProcess.Result;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code cdpkit ws} against a real WebSocket server (Jetty 12), with stdin piped in. */
@Timeout(120)
class WsCommandIT {

    private static WebSocketTestServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = new WebSocketTestServer();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @Test
    void sendsEachLineAndPrintsEachReplyThenClosesCleanlyWhenStdinEnds() throws Exception {
        Result result = cdpkit("ws", server.url("/echo"), "-H", "X-Token: s3cret", "--header", "Origin: http://127.0.0.1")
                .env("LC_ALL", "C")
                .input("hello\nwörld ✓\n\nlast line without newline")
                .run();

        assertEquals(0, result.exitCode(), result.toString());
        assertEquals("hello\nwörld ✓\n\nlast line without newline\n", result.stdout());
        assertEquals("s3cret", server.handshakeHeader("X-Token"));
        assertEquals("http://127.0.0.1", server.handshakeHeader("Origin"));
        assertTrue(server.received().contains("text:wörld ✓"), server.received().toString());
        assertTrue(result.stderr().contains("cdpkit: connecting to " + server.url("/echo")), result.stderr());
        assertTrue(result.stderr().contains("cdpkit: closed by client: 1000"), result.stderr());
    }

    @Test
    void binarySendsTheLinesBytesAndPrintsBinaryRepliesAsHex() throws Exception {
        Result result = cdpkit("ws", "--binary", server.url("/echo")).input("abc\nÿ\n").run();

        assertEquals(0, result.exitCode(), result.toString());
        assertEquals("616263\nc3bf\n", result.stdout());
        assertTrue(server.received().contains("binary:3"), server.received().toString());
    }

    @Test
    void exitsWhenTheServerClosesEvenWithStdinStillOpen() throws Exception {
        Result result = cdpkit("ws", server.url("/bye")).inputKeptOpen("hi\n").run();

        assertEquals(0, result.exitCode(), result.toString());
        assertEquals("bye\n", result.stdout());
        assertTrue(result.stderr().contains("cdpkit: closed by server: 1000 done"), result.stderr());
    }

    @Test
    void waitKeepsListeningAfterStdinEndsUntilTheServerCloses() throws Exception {
        Result result = cdpkit("ws", server.url("/later"), "--wait", "20s").input("ping\n").run();

        assertEquals(0, result.exitCode(), result.toString());
        assertEquals("late reply\n", result.stdout());
        assertTrue(result.stderr().contains("closed by server: 1000 done"), result.stderr());
    }

    @Test
    void quietPrintsNoProgress() throws Exception {
        Result result = cdpkit("ws", "-q", server.url("/echo")).input("x\n").run();

        assertEquals(0, result.exitCode(), result.toString());
        assertEquals("x\n", result.stdout());
        assertEquals("", result.stderr());
    }

    @Test
    void aRefusedConnectionIsAOneLineFailure() throws Exception {
        int closedPort = TestSite.closedPort();
        Result result = cdpkit("ws", "-q", "ws://127.0.0.1:" + closedPort + "/").input("").run();

        assertEquals(1, result.exitCode(), result.toString());
        List<String> lines = result.stderr().lines().toList();
        assertEquals(1, lines.size(), result.stderr());
        assertTrue(lines.get(0).startsWith("cdpkit: ") && lines.get(0).contains(String.valueOf(closedPort)), lines.get(0));
    }

    @Test
    void aRefusedHandshakeNamesTheStatus() throws Exception {
        Result result = cdpkit("ws", "-q", server.url("/no-such-endpoint")).input("").run();

        assertEquals(1, result.exitCode(), result.toString());
        assertTrue(result.stderr().startsWith("cdpkit: ") && result.stderr().contains("404"), result.stderr());
    }
}
