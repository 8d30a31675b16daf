package io.cdpkit.websocket.testing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * One WebSocket frame as it travels on the wire; encodes frames for the raw peer and holds the
 * (unmasked) frames it reads from the client.
 *
 * @param fin the FIN bit
 * @param rsv the three RSV bits as a number 0..7 (RSV1 = 4)
 * @param opcode the opcode 0..15
 * @param maskKey the masking key, or null for an unmasked frame
 * @param payload the payload, unmasked
 */
public record Frame(boolean fin, int rsv, int opcode, byte[] maskKey, byte[] payload) {

    public static final int CONTINUATION = 0x0;
    public static final int TEXT = 0x1;
    public static final int BINARY = 0x2;
    public static final int CLOSE = 0x8;
    public static final int PING = 0x9;
    public static final int PONG = 0xA;

    /** True when the frame was masked. */
    public boolean masked() {
        return maskKey != null;
    }

    /** The payload decoded as UTF-8. */
    public String text() {
        return new String(payload, StandardCharsets.UTF_8);
    }

    /** The status code of a close frame, or 1005 when its payload is empty. */
    public int closeCode() {
        requireOpcode(CLOSE);
        return payload.length < 2 ? 1005 : ((payload[0] & 0xff) << 8) | (payload[1] & 0xff);
    }

    /** The reason of a close frame. */
    public String closeReason() {
        requireOpcode(CLOSE);
        return payload.length <= 2 ? "" : new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8);
    }

    /** The payload of a close frame with {@code code} and {@code reason}. */
    public static byte[] closePayload(int code, String reason) {
        byte[] text = reason.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(2 + text.length).putShort((short) code).put(text).array();
    }

    /** This frame's bytes on the wire (masked with {@link #maskKey()} when it is set). */
    public byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + 14);
        out.writeBytes(header(fin, rsv, opcode, masked(), payload.length));
        if (masked()) {
            out.writeBytes(maskKey);
        }
        for (int i = 0; i < payload.length; i++) {
            out.write(masked() ? payload[i] ^ maskKey[i % 4] : payload[i]);
        }
        return out.toByteArray();
    }

    /**
     * A frame header (without masking key) claiming {@code length} payload bytes, in the
     * shortest length encoding: 7 bits, 16 bits or 64 bits.
     */
    public static byte[] header(boolean fin, int rsv, int opcode, boolean masked, long length) {
        ByteBuffer header = ByteBuffer.allocate(10);
        header.put((byte) ((fin ? 0x80 : 0) | (rsv & 7) << 4 | (opcode & 0xf)));
        int maskBit = masked ? 0x80 : 0;
        if (length < 126) {
            header.put((byte) (maskBit | length));
        } else if (length <= 0xffff) {
            header.put((byte) (maskBit | 126)).putShort((short) length);
        } else {
            header.put((byte) (maskBit | 127)).putLong(length);
        }
        byte[] bytes = new byte[header.position()];
        header.flip().get(bytes);
        return bytes;
    }

    private void requireOpcode(int expected) {
        if (opcode != expected) {
            throw new AssertionError("expected opcode " + expected + " but the frame has opcode " + opcode);
        }
    }
}
