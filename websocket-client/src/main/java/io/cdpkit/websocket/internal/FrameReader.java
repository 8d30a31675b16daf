package io.cdpkit.websocket.internal;

import io.cdpkit.websocket.CloseCodes;
import io.cdpkit.websocket.WebSocketProtocolException;
import java.io.IOException;
import okio.BufferedSource;

/**
 * Reads and checks frame headers (RFC 6455 section 5.2) from a server: unmasked frames, known
 * opcodes, RSV1 only where permessage-deflate allows it, unfragmented control frames of at most
 * 125 bytes, and a payload within the frame size limit, all checked before any payload is read.
 * The fields of the last header are kept in this object, so reading a header allocates nothing.
 */
final class FrameReader {

    private final BufferedSource source;
    private final long maxFrameSize;
    private final boolean deflateNegotiated;

    private int opcode;
    private boolean fin;
    private boolean compressed;
    private long payloadLength;

    FrameReader(BufferedSource source, long maxFrameSize, boolean deflateNegotiated) {
        this.source = source;
        this.maxFrameSize = maxFrameSize;
        this.deflateNegotiated = deflateNegotiated;
    }

    /**
     * Reads the next frame header.
     *
     * @throws WebSocketProtocolException when the header breaks the protocol (1002) or the frame is too big (1009)
     */
    void readHeader() throws IOException {
        int b0 = source.readByte() & 0xff;
        int b1 = source.readByte() & 0xff;
        opcode = b0 & Opcodes.OPCODE_MASK;
        fin = (b0 & Opcodes.FIN) != 0;
        compressed = (b0 & Opcodes.RSV1) != 0;
        boolean control = Opcodes.isControl(opcode);
        if ((b0 & (Opcodes.RSV2 | Opcodes.RSV3)) != 0) {
            throw protocolError("Reserved bit RSV2 or RSV3 set on a frame (first byte 0x" + Integer.toHexString(b0) + ")");
        }
        if (!Opcodes.isKnown(opcode)) {
            throw protocolError("Reserved opcode 0x" + Integer.toHexString(opcode));
        }
        if (compressed && (!deflateNegotiated || control || opcode == Opcodes.CONTINUATION)) {
            throw protocolError("RSV1 set on a " + describe(opcode) + " frame"
                    + (deflateNegotiated ? "" : " without permessage-deflate"));
        }
        if ((b1 & Opcodes.MASKED) != 0) {
            throw protocolError("Server sent a masked frame");
        }
        long length = b1 & Opcodes.LENGTH_MASK;
        if (control) {
            if (!fin) {
                throw protocolError("Fragmented " + describe(opcode) + " frame");
            }
            if (length > Opcodes.MAX_CONTROL_PAYLOAD) {
                throw protocolError(describe(opcode) + " frame payload of " + length + " bytes exceeds 125");
            }
        } else if (length == 126) {
            length = source.readShort() & 0xffffL;
        } else if (length == 127) {
            length = source.readLong();
            if (length < 0) {
                throw protocolError("Frame length has its most significant bit set");
            }
        }
        if (length > maxFrameSize) {
            throw new WebSocketProtocolException(CloseCodes.MESSAGE_TOO_BIG,
                    "Frame of " + length + " bytes exceeds maxFrameSize " + maxFrameSize);
        }
        payloadLength = length;
    }

    int opcode() {
        return opcode;
    }

    boolean isFinal() {
        return fin;
    }

    boolean isCompressed() {
        return compressed;
    }

    boolean isControl() {
        return Opcodes.isControl(opcode);
    }

    long payloadLength() {
        return payloadLength;
    }

    static String describe(int opcode) {
        switch (opcode) {
            case Opcodes.CONTINUATION: return "continuation";
            case Opcodes.TEXT: return "text";
            case Opcodes.BINARY: return "binary";
            case Opcodes.CLOSE: return "close";
            case Opcodes.PING: return "ping";
            case Opcodes.PONG: return "pong";
            default: return "opcode 0x" + Integer.toHexString(opcode);
        }
    }

    static WebSocketProtocolException protocolError(String message) {
        return new WebSocketProtocolException(CloseCodes.PROTOCOL_ERROR, message);
    }
}
