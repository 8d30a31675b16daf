package io.cdpkit.websocket.internal;

import okio.Buffer;
import okio.ByteString;

/** Builds frames as a server sends them (unmasked unless asked), including malformed ones. */
final class ServerFrames {

    private final Buffer out = new Buffer();

    /** A frame with explicit first byte (FIN, RSV bits, opcode). */
    ServerFrames frame(int firstByte, ByteString payload) {
        return frame(firstByte, payload, false);
    }

    ServerFrames frame(int firstByte, ByteString payload, boolean masked) {
        out.writeByte(firstByte);
        int maskBit = masked ? 0x80 : 0;
        long length = payload.size();
        if (length <= 125) {
            out.writeByte(maskBit | (int) length);
        } else if (length <= 0xffff) {
            out.writeByte(maskBit | 126).writeShort((int) length);
        } else {
            out.writeByte(maskBit | 127).writeLong(length);
        }
        if (masked) {
            out.writeInt(0);
        }
        out.write(payload);
        return this;
    }

    ServerFrames text(String text) {
        return frame(Opcodes.FIN | Opcodes.TEXT, ByteString.encodeUtf8(text));
    }

    ServerFrames binary(ByteString data) {
        return frame(Opcodes.FIN | Opcodes.BINARY, data);
    }

    ServerFrames ping(String payload) {
        return frame(Opcodes.FIN | Opcodes.PING, ByteString.encodeUtf8(payload));
    }

    ServerFrames close(int code, String reason) {
        return frame(Opcodes.FIN | Opcodes.CLOSE, new Buffer().writeShort(code).writeUtf8(reason).readByteString());
    }

    /** Raw bytes, for headers no well-behaved writer produces. */
    ServerFrames raw(ByteString bytes) {
        out.write(bytes);
        return this;
    }

    ByteString bytes() {
        return out.snapshot();
    }
}
