package io.cdpkit.websocket;

import static io.cdpkit.websocket.testing.Futures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cdpkit.websocket.testing.Frame;
import io.cdpkit.websocket.testing.Payloads;
import io.cdpkit.websocket.testing.RawPeer;
import io.cdpkit.websocket.testing.Violations;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import okio.ByteString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Incoming size limits: a message or frame over {@link Options#maxMessageSize()} or
 * {@link Options#maxFrameSize()} fails with 1009, judged by the declared length before anything
 * is allocated; messages at the limit pass. (Decompressed size: see {@link DeflateTest}.)
 * Autobahn: 9.x limits at a small scale (the client must not fail below its limits).
 */
@Timeout(30)
class SizeLimitTest {

    private static final Options SMALL_MESSAGES = Options.builder().maxMessageSize(1000).build();
    private static final Options SMALL_FRAMES = Options.builder().maxMessageSize(1000).maxFrameSize(100).build();

    @Test
    void aTextFrameOverTheMessageLimitFailsWith1009() throws Exception {
        Violations.expect(CloseCodes.MESSAGE_TOO_BIG, SMALL_MESSAGES,
                server -> server.sendFrame(Frame.TEXT, Payloads.text(0, 1001).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aBinaryFrameOverTheMessageLimitFailsWith1009() throws Exception {
        Violations.expect(CloseCodes.MESSAGE_TOO_BIG, SMALL_MESSAGES,
                server -> server.sendFrame(Frame.BINARY, new byte[1001]));
    }

    @Test
    void fragmentsAddingUpOverTheMessageLimitFailWith1009() throws Exception {
        Violations.expect(CloseCodes.MESSAGE_TOO_BIG, SMALL_MESSAGES, server -> {
            server.sendFrame(false, 0, Frame.BINARY, false, new byte[600]);
            server.sendFrame(true, 0, Frame.CONTINUATION, false, new byte[600]);
        });
    }

    @Test
    void aFrameOverTheFrameLimitFailsWith1009() throws Exception {
        Violations.expect(CloseCodes.MESSAGE_TOO_BIG, SMALL_FRAMES,
                server -> server.sendFrame(false, 0, Frame.BINARY, false, new byte[101]));
    }

    @Test
    void theDeclaredLengthIsJudgedBeforeThePayloadArrives() throws Exception {
        Violations.expect(CloseCodes.MESSAGE_TOO_BIG, SMALL_MESSAGES,
                server -> server.write(Frame.header(true, 0, Frame.BINARY, false, 5000)));
    }

    @Test
    void aFrameClaiming2To62BytesFailsAtOnceWithDefaultLimits() throws Exception {
        Violations.expect(CloseCodes.MESSAGE_TOO_BIG,
                server -> server.write(Frame.header(true, 0, Frame.BINARY, false, 1L << 62)));
    }

    @Test
    void messagesAtTheLimitPass() throws Exception {
        try (RawPeer peer = new RawPeer(); RawPeer.Pair pair = peer.open(SMALL_FRAMES)) {
            byte[] whole = Payloads.binary(1, 100);
            pair.server().sendFrame(Frame.BINARY, whole);
            assertEquals(ByteString.of(whole), await(await(pair.client().receive()).buffer()));

            byte[] limit = Payloads.binary(2, 1000);
            for (int offset = 0; offset < 1000; offset += 100) {
                pair.server().sendFrame(offset == 900, 0, offset == 0 ? Frame.BINARY : Frame.CONTINUATION, false,
                        Arrays.copyOfRange(limit, offset, offset + 100));
            }
            assertEquals(ByteString.of(limit), await(await(pair.client().receive()).buffer()));
        }
    }
}
