package io.cdpkit.websocket;

import static io.cdpkit.websocket.testing.Futures.await;
import static io.cdpkit.websocket.testing.Futures.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdpkit.websocket.testing.DeflateCodec;
import io.cdpkit.websocket.testing.Frame;
import io.cdpkit.websocket.testing.JettyServer;
import io.cdpkit.websocket.testing.Payloads;
import io.cdpkit.websocket.testing.RawConnection;
import io.cdpkit.websocket.testing.RawPeer;
import io.cdpkit.websocket.testing.SharedJettyServer;
import io.cdpkit.websocket.testing.Violations;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import okio.ByteString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * permessage-deflate (RFC 7692): negotiation and round trips with Jetty's implementation, and
 * with the raw peer what is on the wire (RSV1, compressed payloads, context takeover), inflating
 * fragmented messages, and the decompression-bomb limit (1009).
 * Autobahn: 12.x (payload sizes and kinds with compression), 13.x (each negotiation parameter,
 * context takeover on and off).
 */
@Timeout(60)
class DeflateTest {

    @RegisterExtension
    static final SharedJettyServer server = new SharedJettyServer(JettyServer.builder().deflate(true));

    private static final String ACCEPT_DEFLATE = "Sec-WebSocket-Extensions: permessage-deflate";
    private static final Options DEFLATE = Options.builder().deflate(DeflateOptions.defaults()).build();


    @Test
    void notOfferedUnlessEnabled() throws Exception {
        try (Connection ws = await(WebSocket.connect(server.uri("/echo")))) {
            assertNull(server.nextUpgrade().header("Sec-WebSocket-Extensions"));
            assertTrue(ws.extensions().isEmpty());
        }
    }

    @Test
    void negotiatedWithARealServer() throws Exception {
        try (Connection ws = await(WebSocket.connect(Handshake.of(server.uri("/echo")), DEFLATE))) {
            assertTrue(server.nextUpgrade().header("Sec-WebSocket-Extensions").startsWith("permessage-deflate"));
            assertEquals(1, ws.extensions().size());
            assertTrue(ws.extensions().get(0).startsWith("permessage-deflate"), ws.extensions().toString());
        }
    }

    /** Each parameter appears in the offer, and whatever Jetty answers, messages round-trip. */
    @ParameterizedTest
    @ValueSource(strings = {"client_no_context_takeover", "server_no_context_takeover", "server_max_window_bits=10",
        "client_max_window_bits=12", "all"})
    void eachParameterIsOfferedAndWorks(String parameter) throws Exception {
        DeflateOptions.Builder deflate = DeflateOptions.builder();
        boolean all = parameter.equals("all");
        if (all || parameter.equals("client_no_context_takeover")) {
            deflate.clientNoContextTakeover(true);
        }
        if (all || parameter.equals("server_no_context_takeover")) {
            deflate.serverNoContextTakeover(true);
        }
        if (all || parameter.startsWith("server_max_window_bits")) {
            deflate.serverMaxWindowBits(10);
        }
        if (all || parameter.startsWith("client_max_window_bits")) {
            deflate.clientMaxWindowBits(12);
        }
        Options options = Options.builder().deflate(deflate.build()).build();
        try (Connection ws = await(WebSocket.connect(Handshake.of(server.uri("/echo")), options))) {
            String offer = server.nextUpgrade().header("Sec-WebSocket-Extensions");
            if (!all) {
                assertTrue(offer.contains(parameter), offer);
            }
            assertRoundTrips(ws);
        }
    }

    @Test
    void roundTripsCompressibleRandomSmallAndEmptyMessages() throws Exception {
        try (Connection ws = await(WebSocket.connect(Handshake.of(server.uri("/echo")), DEFLATE))) {
            assertRoundTrips(ws);
        }
    }

    @Test
    void contextTakeoverAcrossManyMessages() throws Exception {
        try (Connection ws = await(WebSocket.connect(Handshake.of(server.uri("/echo")), DEFLATE))) {
            for (int i = 0; i < 50; i++) {
                String text = Payloads.text(i % 3, 2000 + i);
                await(ws.send(text));
                assertEquals(text, await(await(ws.receive()).text()));
            }
        }
    }

    @Test
    void inflatesFragmentedMessagesFromARealServer() throws Exception {
        try (Connection ws = await(WebSocket.connect(
                Handshake.of(server.uri("/send?count=3&size=200000&type=text&fragments=5")), DEFLATE))) {
            for (int i = 0; i < 3; i++) {
                assertEquals(Payloads.text(i, 200_000), await(await(ws.receive()).text()));
            }
        }
    }

    @Test
    void compressedMessagesSplitIntoFrames() throws Exception {
        Options split = DEFLATE.toBuilder().frameSplitSize(1000).build();
        try (Connection ws = await(WebSocket.connect(Handshake.of(server.uri("/echo")), split))) {
            byte[] data = Payloads.binary(5, 100_000);
            await(ws.sendBinary(data));
            assertEquals(ByteString.of(data), await(await(ws.receive()).buffer()));
            byte[] compressible = Payloads.compressible(500_000);
            await(ws.sendBinary(compressible));
            assertEquals(ByteString.of(compressible), await(await(ws.receive()).buffer()));
        }
    }

    @Test
    void aServerThatDeclinesGetsPlainMessages() throws Exception {
        try (JettyServer plain = JettyServer.start();
             Connection ws = await(WebSocket.connect(Handshake.of(plain.uri("/echo")), DEFLATE))) {
            assertTrue(plain.nextUpgrade().header("Sec-WebSocket-Extensions").startsWith("permessage-deflate"));
            assertTrue(ws.extensions().isEmpty());
            assertRoundTrips(ws);
        }
    }

    @Test
    void outgoingMessagesAreCompressedWithRsv1() throws Exception {
        DeflateCodec codec = new DeflateCodec();
        try (RawPeer peer = new RawPeer(); RawPeer.Pair pair = peer.open(DEFLATE, ACCEPT_DEFLATE)) {
            byte[] text = Payloads.compressible(10_000);
            await(pair.client().send(new String(text, StandardCharsets.US_ASCII)));
            Frame first = pair.server().readFrame();
            assertEquals(4, first.rsv(), "RSV1 marks a compressed message");
            assertTrue(first.payload().length < text.length / 4, "compressible text got smaller");
            assertArrayEquals(text, codec.inflate(first.payload()));

            await(pair.client().send(new String(text, StandardCharsets.US_ASCII)));
            Frame second = pair.server().readFrame();
            assertTrue(second.payload().length < first.payload().length, "context takeover makes a repeat cheaper");
            assertArrayEquals(text, codec.inflate(second.payload()));

            await(pair.client().send("hi"));
            Frame small = pair.server().readFrame();
            assertEquals(0, small.rsv(), "messages under minSizeToCompress go out plain");
            assertEquals("hi", small.text());
        } finally {
            codec.end();
        }
    }

    @Test
    void withoutClientContextTakeoverEveryMessageStandsAlone() throws Exception {
        Options noTakeover = Options.builder()
                .deflate(DeflateOptions.builder().clientNoContextTakeover(true).build()).build();
        try (RawPeer peer = new RawPeer();
             RawPeer.Pair pair = peer.open(noTakeover, ACCEPT_DEFLATE + "; client_no_context_takeover")) {
            byte[] text = Payloads.compressible(10_000);
            for (int i = 0; i < 3; i++) {
                await(pair.client().sendBinary(text));
                DeflateCodec fresh = new DeflateCodec();
                assertArrayEquals(text, fresh.inflate(pair.server().readFrame().payload()), "message " + i);
                fresh.end();
            }
        }
    }

    @Test
    void honoursEveryParameterTheServerAccepts() throws Exception {
        Options everything = Options.builder().deflate(DeflateOptions.builder()
                .clientNoContextTakeover(true).serverNoContextTakeover(true).serverMaxWindowBits(10).build()).build();
        String accepted = ACCEPT_DEFLATE + "; client_no_context_takeover; server_no_context_takeover; server_max_window_bits=10";
        try (RawPeer peer = new RawPeer(); RawPeer.Pair pair = peer.open(everything, accepted)) {
            String offer = pair.server().request().header("Sec-WebSocket-Extensions");
            assertTrue(offer.contains("server_no_context_takeover") && offer.contains("server_max_window_bits=10"), offer);
            assertEquals(1, pair.client().extensions().size());
            byte[] text = Payloads.compressible(20_000);
            for (int i = 0; i < 3; i++) {
                DeflateCodec fresh = new DeflateCodec();
                pair.server().sendFrame(true, 4, Frame.BINARY, false, fresh.compress(text));
                assertArrayEquals(text, await(await(pair.client().receive()).buffer()).toByteArray(), "message " + i);
                await(pair.client().sendBinary(text));
                assertArrayEquals(text, fresh.inflate(pair.server().readFrame().payload()), "echo " + i);
                fresh.end();
            }
        }
    }

    @Test
    void inflatesCompressedFragmentedAndPlainMessagesFromThePeer() throws Exception {
        DeflateCodec codec = new DeflateCodec();
        try (RawPeer peer = new RawPeer(); RawPeer.Pair pair = peer.open(DEFLATE, ACCEPT_DEFLATE)) {
            RawConnection server = pair.server();
            byte[] first = Payloads.compressible(50_000);
            server.sendFrame(true, 4, Frame.BINARY, false, codec.compress(first));
            byte[] second = Payloads.compressible(60_000);
            byte[] compressed = codec.compress(second);
            int third = compressed.length / 3;
            server.sendFrame(false, 4, Frame.BINARY, false, Arrays.copyOfRange(compressed, 0, third));
            server.sendFrame(Frame.PING, new byte[0]);
            server.sendFrame(false, 0, Frame.CONTINUATION, false, Arrays.copyOfRange(compressed, third, 2 * third));
            server.sendFrame(true, 0, Frame.CONTINUATION, false, Arrays.copyOfRange(compressed, 2 * third, compressed.length));
            server.sendText("plain");
            server.sendFrame(true, 4, Frame.TEXT, false, codec.compress("κόσμε".getBytes(StandardCharsets.UTF_8)));

            assertArrayEquals(first, await(await(pair.client().receive()).buffer()).toByteArray());
            assertArrayEquals(second, await(await(pair.client().receive()).buffer()).toByteArray());
            assertEquals("plain", await(await(pair.client().receive()).text()));
            assertEquals("κόσμε", await(await(pair.client().receive()).text()));
        } finally {
            codec.end();
        }
    }

    @Test
    void aDecompressionBombFailsWith1009() throws Exception {
        DeflateCodec codec = new DeflateCodec();
        byte[] bomb = codec.compress(new byte[20 * 1024 * 1024]);
        codec.end();
        assertTrue(bomb.length < 100_000, "20 MiB of zeros compress to " + bomb.length + " bytes");
        Options limited = DEFLATE.toBuilder().maxMessageSize(1024 * 1024).build();
        Violations.expect(CloseCodes.MESSAGE_TOO_BIG, limited, List.of(ACCEPT_DEFLATE),
                server -> server.sendFrame(true, 4, Frame.BINARY, false, bomb));
    }

    @Test
    void rsv1OnAContinuationFails() throws Exception {
        Violations.expect(CloseCodes.PROTOCOL_ERROR, DEFLATE, List.of(ACCEPT_DEFLATE), server -> {
            DeflateCodec codec = new DeflateCodec();
            byte[] compressed = codec.compress(Payloads.compressible(1000));
            codec.end();
            server.sendFrame(false, 4, Frame.BINARY, false, Arrays.copyOfRange(compressed, 0, 5));
            server.sendFrame(true, 4, Frame.CONTINUATION, false, Arrays.copyOfRange(compressed, 5, compressed.length));
        });
    }

    @Test
    void rsv1OnAControlFrameFails() throws Exception {
        Violations.expect(CloseCodes.PROTOCOL_ERROR, DEFLATE, List.of(ACCEPT_DEFLATE),
                server -> server.sendFrame(true, 4, Frame.PING, false, new byte[0]));
    }

    @Test
    void corruptCompressedDataFailsTheConnection() throws Exception {
        try (RawPeer peer = new RawPeer(); RawPeer.Pair pair = peer.open(DEFLATE, ACCEPT_DEFLATE)) {
            pair.server().sendFrame(true, 4, Frame.BINARY, false, new byte[] {(byte) 0xff, (byte) 0xff, 0x12, 0x34});
            awaitFailure(pair.client().receive().thenCompose(Message::buffer), WebSocketException.class);
            Frame close = pair.server().readFrame();
            assertEquals(Frame.CLOSE, close.opcode());
            assertTrue(close.closeCode() == CloseCodes.INVALID_PAYLOAD || close.closeCode() == CloseCodes.PROTOCOL_ERROR,
                    "corrupt deflate data closed with " + close.closeCode());
        }
    }

    @Test
    void rejectsAnUnknownDeflateParameter() throws Exception {
        try (RawPeer peer = new RawPeer()) {
            peer.accept(connection -> connection.completeHandshake(ACCEPT_DEFLATE + "; x_turbo=1"));
            HandshakeException e = awaitFailure(WebSocket.connect(Handshake.of(peer.uri()), DEFLATE),
                    HandshakeException.class);
            assertTrue(e.getMessage().contains("x_turbo"), e.getMessage());
        }
    }

    private static void assertRoundTrips(Connection ws) throws Exception {
        String compressible = new String(Payloads.compressible(1024 * 1024), StandardCharsets.US_ASCII);
        await(ws.send(compressible));
        assertEquals(compressible, await(await(ws.receive()).text()));
        byte[] random = Payloads.binary(1, 256 * 1024);
        await(ws.sendBinary(random));
        assertEquals(ByteString.of(random), await(await(ws.receive()).buffer()));
        await(ws.send("hi"));
        assertEquals("hi", await(await(ws.receive()).text()));
        await(ws.sendBinary(new byte[0]));
        assertEquals(ByteString.EMPTY, await(await(ws.receive()).buffer()));
        String text = Payloads.text(3, 70_000);
        await(ws.send(text));
        assertEquals(text, await(await(ws.receive()).text()));
    }
}
