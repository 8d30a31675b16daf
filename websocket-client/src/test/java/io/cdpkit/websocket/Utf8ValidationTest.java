package io.cdpkit.websocket;

import static io.cdpkit.websocket.testing.Futures.await;
import static io.cdpkit.websocket.testing.Futures.causeOfType;
import static io.cdpkit.websocket.testing.Futures.describe;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.cdpkit.websocket.testing.Frame;
import io.cdpkit.websocket.testing.JettyServer;
import io.cdpkit.websocket.testing.RawConnection;
import io.cdpkit.websocket.testing.RawPeer;
import io.cdpkit.websocket.testing.Violations;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import okio.BufferedSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * UTF-8 in incoming text: valid text of every sequence length survives every split, invalid
 * sequences fail the connection with 1007 as soon as the bad byte arrives (also across frame
 * boundaries and in the middle of a frame), and validation can be turned off.
 * Autobahn: 6.1-6.23 (valid and invalid UTF-8, fragmented, fail-fast), 7.5.1 (invalid UTF-8 in a
 * close reason).
 */
@Timeout(30)
class Utf8ValidationTest {

    private static final String EDGES = "\u0000 \u007f \u0080 \u07ff \u0800 \uffff \ud800\udc00 \udbff\udfff κόσμε 😀";

    @Test
    void validTextOfEverySequenceLengthRoundTripsThroughARealServer() throws Exception {
        try (JettyServer server = JettyServer.start(); Connection ws = await(WebSocket.connect(server.uri("/echo")))) {
            await(ws.send(EDGES));
            assertEquals(EDGES, await(await(ws.receive()).text()));
        }
    }

    @Test
    void validTextSplitBetweenFramesAtEveryByteIsAccepted() throws Exception {
        byte[] utf8 = EDGES.getBytes(StandardCharsets.UTF_8);
        try (RawPeer peer = new RawPeer(); RawPeer.Pair pair = peer.open()) {
            for (int split = 0; split <= utf8.length; split++) {
                pair.server().sendFrame(false, 0, Frame.TEXT, false, Arrays.copyOfRange(utf8, 0, split));
                pair.server().sendFrame(true, 0, Frame.CONTINUATION, false, Arrays.copyOfRange(utf8, split, utf8.length));
                assertEquals(EDGES, await(await(pair.client().receive()).text()), "split at byte " + split);
            }
        }
    }

    @Test
    void validTextInOneByteFragmentsIsAccepted() throws Exception {
        byte[] utf8 = EDGES.getBytes(StandardCharsets.UTF_8);
        try (RawPeer peer = new RawPeer(); RawPeer.Pair pair = peer.open()) {
            for (int i = 0; i < utf8.length; i++) {
                pair.server().sendFrame(i == utf8.length - 1, 0, i == 0 ? Frame.TEXT : Frame.CONTINUATION, false,
                        new byte[] {utf8[i]});
            }
            assertEquals(EDGES, await(await(pair.client().receive()).text()));
        }
    }

    /** Invalid sequences, as hex: surrogates, overlongs, out of range, bad bytes, truncations. */
    @ParameterizedTest
    @ValueSource(strings = {
        "cebae1bdb9cf83cebcceb5eda080656469746564", // κόσμε, a surrogate, "edited"
        "80", "bf", "80bf80", // lone continuation bytes
        "c0af", "e080af", "f08080af", "f8808080af", "fc80808080af", // overlong "/"
        "c1bf", "e09fbf", "f08fbfbf", // overlong maxima
        "eda080", "edbfbf", "eda080edb080", // UTF-16 surrogates, alone and paired
        "f4908080", "f7bfbfbf", // above U+10FFFF
        "fe", "ff", "fefeffff", // bytes that never appear
        "c020", "e08020", "e0a0", // a start byte followed by too few continuations
        "ce", "e282", "f09f98" // truncated at the end of the message
    })
    void invalidUtf8InASingleFrameFailsWith1007(String hex) throws Exception {
        byte[] invalid = HexFormat.of().parseHex(hex);
        Violations.expect(CloseCodes.INVALID_PAYLOAD, server -> server.sendFrame(Frame.TEXT, invalid));
    }

    @Test
    void invalidUtf8InTheFirstFragmentFailsBeforeTheRestArrives() throws Exception {
        byte[] bad = HexFormat.of().parseHex("cebae1bdb9cf83cebcceb5eda080");
        Violations.expect(CloseCodes.INVALID_PAYLOAD, server -> server.sendFrame(false, 0, Frame.TEXT, false, bad));
    }

    @Test
    void invalidUtf8InTheMiddleOfAFrameFailsBeforeTheFrameEnds() throws Exception {
        byte[] start = HexFormat.of().parseHex("cebae1bdb9cf83cebcceb5f4908080");
        Violations.expect(CloseCodes.INVALID_PAYLOAD, server -> {
            server.write(Frame.header(true, 0, Frame.TEXT, false, start.length + 100));
            server.write(start);
        });
    }

    @Test
    void aSequenceBrokenAcrossFramesFailsWith1007() throws Exception {
        Violations.expect(CloseCodes.INVALID_PAYLOAD, server -> {
            server.sendFrame(false, 0, Frame.TEXT, false, HexFormat.of().parseHex("41e282"));
            server.sendFrame(true, 0, Frame.CONTINUATION, false, HexFormat.of().parseHex("41"));
        });
    }

    @Test
    void aSequenceLeftOpenAtTheEndOfAFragmentedMessageFailsWith1007() throws Exception {
        Violations.expect(CloseCodes.INVALID_PAYLOAD, server -> {
            server.sendFrame(false, 0, Frame.TEXT, false, HexFormat.of().parseHex("41ce"));
            server.sendFrame(true, 0, Frame.CONTINUATION, false, new byte[0]);
        });
    }

    @Test
    void anInvalidCloseReasonFailsWith1007() throws Exception {
        byte[] payload = HexFormat.of().parseHex("03e8cebae1bdb9cf83cebcceb5eda080");
        Violations.expect(CloseCodes.INVALID_PAYLOAD, server -> server.sendFrame(Frame.CLOSE, payload));
    }

    @Test
    void aStreamReaderSeesTheFailure() throws Exception {
        try (RawPeer peer = new RawPeer(); RawPeer.Pair pair = peer.open()) {
            RawConnection server = pair.server();
            server.sendFrame(false, 0, Frame.TEXT, false, "good start ".getBytes(StandardCharsets.UTF_8));
            BufferedSource source = await(pair.client().receive()).source();
            assertEquals("good start ", source.readUtf8(11));
            server.sendFrame(true, 0, Frame.CONTINUATION, false, HexFormat.of().parseHex("eda080"));
            Exception e = assertThrows(Exception.class, source::readUtf8);
            WebSocketProtocolException protocol = causeOfType(e, WebSocketProtocolException.class);
            assertNotNull(protocol, () -> "the stream failed without the protocol error: " + describe(e));
            assertEquals(CloseCodes.INVALID_PAYLOAD, protocol.closeCode());
            assertEquals(CloseCodes.INVALID_PAYLOAD, server.expectCloseFrame(CloseCodes.INVALID_PAYLOAD).closeCode());
        }
    }

    @Test
    void withValidationOffInvalidBytesAreDeliveredAsSent() throws Exception {
        byte[] invalid = HexFormat.of().parseHex("41eda08042ff");
        try (RawPeer peer = new RawPeer(); RawPeer.Pair pair = peer.open(Options.builder().validateUtf8(false).build())) {
            pair.server().sendFrame(Frame.TEXT, invalid);
            Message message = await(pair.client().receive());
            assertEquals(MessageType.TEXT, message.type());
            assertArrayEquals(invalid, await(message.buffer()).toByteArray());
        }
    }
}
