package io.cdpkit.websocket;

import static io.cdpkit.websocket.testing.Futures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cdpkit.websocket.testing.Frame;
import io.cdpkit.websocket.testing.RawConnection;
import io.cdpkit.websocket.testing.RawPeer;
import io.cdpkit.websocket.testing.Violations;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every framing violation a server can commit fails the connection with close code 1002:
 * reserved bits, reserved opcodes, fragmented or oversized control frames, masked server
 * frames, broken fragmentation, bad close payloads. Scripted with the raw peer.
 * Autobahn: 2.5 (ping over 125 bytes), 3.x (reserved bits), 4.x (reserved opcodes), 5.1-5.2
 * and 5.9-5.18 (fragmentation errors), 7.3.2 and 7.3.6 (close payload length), 7.9.x (invalid
 * close codes).
 */
@Timeout(30)
class ProtocolViolationTest {

    private static final byte[] HELLO = "hello".getBytes(StandardCharsets.UTF_8);

    static Stream<Arguments> violations() {
        List<Arguments> cases = new ArrayList<>();
        for (int rsv = 1; rsv <= 7; rsv++) {
            int bits = rsv;
            cases.add(violation("text with RSV bits " + bits, s -> s.sendFrame(true, bits, Frame.TEXT, false, HELLO)));
        }
        cases.add(violation("binary with RSV1", s -> s.sendFrame(true, 4, Frame.BINARY, false, HELLO)));
        cases.add(violation("ping with RSV2", s -> s.sendFrame(true, 2, Frame.PING, false, HELLO)));
        cases.add(violation("close with RSV3", s -> s.sendFrame(true, 1, Frame.CLOSE, false, Frame.closePayload(1000, ""))));
        for (int opcode : new int[] {3, 4, 5, 6, 7, 11, 12, 13, 14, 15}) {
            cases.add(violation("reserved opcode " + opcode, s -> s.sendFrame(opcode, new byte[0])));
            cases.add(violation("reserved opcode " + opcode + " with payload", s -> s.sendFrame(opcode, HELLO)));
        }
        cases.add(violation("fragmented ping", s -> s.sendFrame(false, 0, Frame.PING, false, HELLO)));
        cases.add(violation("fragmented pong", s -> s.sendFrame(false, 0, Frame.PONG, false, HELLO)));
        cases.add(violation("fragmented close", s -> s.sendFrame(false, 0, Frame.CLOSE, false, Frame.closePayload(1000, ""))));
        cases.add(violation("ping of 126 bytes", s -> s.sendFrame(Frame.PING, new byte[126])));
        cases.add(violation("pong of 126 bytes", s -> s.sendFrame(Frame.PONG, new byte[126])));
        cases.add(violation("close of 126 bytes (reason of 124)",
                s -> s.sendFrame(Frame.CLOSE, Frame.closePayload(1000, "r".repeat(124)))));
        cases.add(violation("masked text frame", s -> s.sendFrame(true, 0, Frame.TEXT, true, HELLO)));
        cases.add(violation("masked ping frame", s -> s.sendFrame(true, 0, Frame.PING, true, HELLO)));
        cases.add(violation("final continuation without a start", s -> s.sendFrame(Frame.CONTINUATION, HELLO)));
        cases.add(violation("non-final continuation without a start",
                s -> s.sendFrame(false, 0, Frame.CONTINUATION, false, HELLO)));
        cases.add(violation("text inside a fragmented text", s -> {
            s.sendFrame(false, 0, Frame.TEXT, false, HELLO);
            s.sendFrame(true, 0, Frame.TEXT, false, HELLO);
        }));
        cases.add(violation("binary inside a fragmented text", s -> {
            s.sendFrame(false, 0, Frame.TEXT, false, HELLO);
            s.sendFrame(false, 0, Frame.BINARY, false, HELLO);
        }));
        cases.add(violation("continuation after a finished message", s -> {
            s.sendFrame(Frame.TEXT, HELLO);
            s.sendFrame(true, 0, Frame.CONTINUATION, false, HELLO);
        }));
        cases.add(violation("close payload of one byte", s -> s.sendFrame(Frame.CLOSE, new byte[] {0x03})));
        for (int code : new int[] {0, 999, 1004, 1005, 1006, 1015, 1016, 1100, 2000, 2999, 5000, 65535}) {
            cases.add(violation("close code " + code, s -> s.sendClose(code, "")));
        }
        cases.add(violation("64-bit length with the top bit set",
                s -> s.write(new byte[] {(byte) 0x82, 127, (byte) 0x80, 0, 0, 0, 0, 0, 0, 1})));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void failsTheConnectionWith1002(RawPeer.Script violation) throws Exception {
        Violations.expect(CloseCodes.PROTOCOL_ERROR, violation);
    }

    @Test
    void deliversWhatCameBeforeTheViolationAndNothingAfter() throws Exception {
        try (RawPeer peer = new RawPeer(); RawPeer.Pair pair = peer.open()) {
            RawConnection server = pair.server();
            server.sendText("valid first");
            server.sendFrame(true, 2, Frame.TEXT, false, HELLO);
            server.sendFrame(Frame.PING, HELLO);
            assertEquals("valid first", await(await(pair.client().receive()).text()));
            Frame first = server.readFrame();
            assertEquals(Frame.CLOSE, first.opcode(), "no pong for a ping after the violation");
            assertEquals(CloseCodes.PROTOCOL_ERROR, first.closeCode());
        }
    }

    private static Arguments violation(String name, RawPeer.Script script) {
        return Arguments.of(Named.of(name, script));
    }
}
