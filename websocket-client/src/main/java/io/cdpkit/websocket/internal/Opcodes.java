package io.cdpkit.websocket.internal;

/** Frame opcodes and header bits of RFC 6455 section 5.2. */
final class Opcodes {

    static final int CONTINUATION = 0x0;
    static final int TEXT = 0x1;
    static final int BINARY = 0x2;
    static final int CLOSE = 0x8;
    static final int PING = 0x9;
    static final int PONG = 0xa;

    static final int FIN = 0x80;
    static final int RSV1 = 0x40;
    static final int RSV2 = 0x20;
    static final int RSV3 = 0x10;
    static final int OPCODE_MASK = 0x0f;
    static final int MASKED = 0x80;
    static final int LENGTH_MASK = 0x7f;

    /** The largest payload of a control frame. */
    static final int MAX_CONTROL_PAYLOAD = 125;

    private Opcodes() {
    }

    static boolean isControl(int opcode) {
        return (opcode & 0x8) != 0;
    }

    static boolean isKnown(int opcode) {
        return opcode <= BINARY || (opcode >= CLOSE && opcode <= PONG);
    }
}
