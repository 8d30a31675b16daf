package io.cdpkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdpkit.websocket.CloseInfo;
import io.cdpkit.websocket.Connection;
import io.cdpkit.websocket.Handshake;
import io.cdpkit.websocket.Message;
import io.cdpkit.websocket.Options;
import io.cdpkit.websocket.WebSocket;
import java.time.Duration;
import java.util.Random;
import okio.ByteString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The demo's own echo server, checked with the cdpkit client: types, sizes, fragments, pings, close. */
@Timeout(30)
class LocalEchoServerTest {

    private static final Duration STEP = Duration.ofSeconds(10);

    @Test
    void echoesTextAndBinaryOfEverySize() throws Exception {
        try (LocalEchoServer server = LocalEchoServer.start();
             Connection ws = Await.result(WebSocket.connect(server.uri()), STEP)) {
            for (int size : new int[] {0, 125, 126, 65535, 65536, 300_000}) {
                byte[] data = new byte[size];
                new Random(size).nextBytes(data);
                Await.result(ws.sendBinary(data), STEP);
                Message echo = Await.result(ws.receive(), STEP);
                assertTrue(echo.isBinary());
                assertEquals(ByteString.of(data), Await.result(echo.buffer(), STEP));
                String text = "κόσμε 😀 ".repeat(size / 16);
                Await.result(ws.send(text), STEP);
                assertEquals(text, Await.result(Await.result(ws.receive(), STEP).text(), STEP));
            }
        }
    }

    @Test
    void reassemblesFragmentsAnswersPingsAndClosesCleanly() throws Exception {
        Options split = Options.builder().frameSplitSize(100).build();
        try (LocalEchoServer server = LocalEchoServer.start();
             Connection ws = Await.result(WebSocket.connect(Handshake.of(server.uri()), split), STEP)) {
            String text = "fragmented ".repeat(50);
            Await.result(ws.send(text), STEP);
            assertEquals(text, Await.result(Await.result(ws.receive(), STEP).text(), STEP));
            assertEquals(ByteString.encodeUtf8("ping"), Await.result(ws.ping(ByteString.encodeUtf8("ping")), STEP));
            CloseInfo closed = Await.result(ws.close(4000, "bye"), STEP);
            assertEquals(4000, closed.code());
            assertTrue(closed.isClean());
        }
    }
}
