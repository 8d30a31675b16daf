package io.cdpkit.websocket.internal;

import java.io.EOFException;
import java.util.ArrayList;
import java.util.List;
import okio.Buffer;
import okio.ByteString;

/** A frame the client wrote, parsed and unmasked byte by byte as a server would (the reference for the encoder). */
record ClientFrame(boolean fin, boolean rsv1, int opcode, boolean masked, int maskKey, ByteString payload) {

    static List<ClientFrame> readAll(Buffer wire) throws EOFException {
        List<ClientFrame> frames = new ArrayList<>();
        while (wire.size() > 0) {
            int b0 = wire.readByte() & 0xff;
            int b1 = wire.readByte() & 0xff;
            long length = b1 & 0x7f;
            if (length == 126) {
                length = wire.readShort() & 0xffff;
            } else if (length == 127) {
                length = wire.readLong();
            }
            boolean masked = (b1 & 0x80) != 0;
            int key = masked ? wire.readInt() : 0;
            byte[] payload = wire.readByteArray(length);
            for (int i = 0; i < payload.length; i++) {
                payload[i] ^= (byte) (key >>> (24 - 8 * (i & 3)));
            }
            frames.add(new ClientFrame((b0 & 0x80) != 0, (b0 & 0x40) != 0, b0 & 0x0f, masked, key, ByteString.of(payload)));
        }
        return frames;
    }
}
