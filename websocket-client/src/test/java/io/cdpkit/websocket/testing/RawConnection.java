package io.cdpkit.websocket.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The server side of one raw-peer connection: reads the client's handshake and frames, writes
 * exactly the bytes a test scripts, malformed ones included. Reads time out after 10 s so a
 * test fails instead of hanging.
 */
public final class RawConnection implements AutoCloseable {

    private static final String ACCEPT_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private HandshakeRequest request;

    RawConnection(Socket socket) throws IOException {
        this.socket = socket;
        socket.setSoTimeout(10_000);
        socket.setTcpNoDelay(true);
        this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
        this.out = socket.getOutputStream();
    }

    /** The {@code Sec-WebSocket-Accept} value for {@code key}. */
    public static String acceptKey(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest((key + ACCEPT_GUID).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the client's opening handshake request (request line and headers). */
    public HandshakeRequest readRequest() throws IOException {
        String head = readHead();
        String[] lines = head.split("\r\n");
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
            headers.computeIfAbsent(name, k -> new ArrayList<>()).add(lines[i].substring(colon + 1).trim());
        }
        request = new HandshakeRequest(lines[0], headers);
        return request;
    }

    /** The request read by {@link #readRequest()}. */
    public HandshakeRequest request() {
        return request;
    }

    /** Reads the request and answers with a correct {@code 101} plus {@code extraHeaderLines}. */
    public RawConnection completeHandshake(String... extraHeaderLines) throws IOException {
        readRequest();
        StringBuilder response = new StringBuilder()
                .append("HTTP/1.1 101 Switching Protocols\r\n")
                .append("Upgrade: websocket\r\n")
                .append("Connection: Upgrade\r\n")
                .append("Sec-WebSocket-Accept: ").append(acceptKey(request.key())).append("\r\n");
        for (String line : extraHeaderLines) {
            response.append(line).append("\r\n");
        }
        writeAscii(response.append("\r\n").toString());
        return this;
    }

    /** Writes {@code text} as ASCII, exactly as given (for handshake responses). */
    public void writeAscii(String text) throws IOException {
        write(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Writes {@code bytes} at once and flushes. */
    public void write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Writes {@code bytes} one byte at a time, flushing after each, so every boundary is a read boundary. */
    public void writeByteByByte(byte[] bytes) throws IOException {
        for (byte b : bytes) {
            out.write(b);
            out.flush();
        }
    }

    /** Sends one frame with the given header bits; {@code masked} masks it with a fixed key (servers must not). */
    public void sendFrame(boolean fin, int rsv, int opcode, boolean masked, byte[] payload) throws IOException {
        byte[] key = masked ? new byte[] {0x12, 0x34, 0x56, 0x78} : null;
        write(new Frame(fin, rsv, opcode, key, payload).encode());
    }

    /** Sends one unmasked, final frame without RSV bits. */
    public void sendFrame(int opcode, byte[] payload) throws IOException {
        sendFrame(true, 0, opcode, false, payload);
    }

    /** Sends a text message in one frame. */
    public void sendText(String text) throws IOException {
        sendFrame(Frame.TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends a binary message in one frame. */
    public void sendBinary(byte[] data) throws IOException {
        sendFrame(Frame.BINARY, data);
    }

    /** Sends a close frame with {@code code} and {@code reason}. */
    public void sendClose(int code, String reason) throws IOException {
        sendFrame(Frame.CLOSE, Frame.closePayload(code, reason));
    }

    /** Reads the client's next frame, checking nothing but its framing. */
    public Frame readFrame() throws IOException {
        int b0 = in.readUnsignedByte();
        int b1 = in.readUnsignedByte();
        long length = b1 & 0x7f;
        if (length == 126) {
            length = in.readUnsignedShort();
        } else if (length == 127) {
            length = in.readLong();
        }
        if (length > Integer.MAX_VALUE - 8) {
            throw new IOException("client frame too long for the raw peer: " + length);
        }
        byte[] key = null;
        if ((b1 & 0x80) != 0) {
            key = new byte[4];
            in.readFully(key);
        }
        byte[] payload = new byte[(int) length];
        in.readFully(payload);
        if (key != null) {
            for (int i = 0; i < payload.length; i++) {
                payload[i] ^= key[i % 4];
            }
        }
        return new Frame((b0 & 0x80) != 0, (b0 >> 4) & 7, b0 & 0xf, key, payload);
    }

    /** Reads frames until a close frame and checks that it carries {@code code}; returns it. */
    public Frame expectCloseFrame(int code) throws IOException {
        List<Integer> skipped = new ArrayList<>();
        while (true) {
            Frame frame;
            try {
                frame = readFrame();
            } catch (EOFException e) {
                throw new AssertionError("the client closed the socket without a close frame (after opcodes "
                        + skipped + "); expected close code " + code, e);
            }
            if (frame.opcode() == Frame.CLOSE) {
                if (frame.closeCode() != code) {
                    throw new AssertionError("expected close code " + code + " but the client sent "
                            + frame.closeCode() + " '" + frame.closeReason() + "'");
                }
                return frame;
            }
            skipped.add(frame.opcode());
        }
    }

    /** Reads one whole message (joining continuation frames, skipping control frames) and returns its frames. */
    public List<Frame> readMessageFrames() throws IOException {
        List<Frame> frames = new ArrayList<>();
        while (true) {
            Frame frame = readFrame();
            if (frame.opcode() >= Frame.CLOSE) {
                continue;
            }
            frames.add(frame);
            if (frame.fin()) {
                return frames;
            }
        }
    }

    /** Reads one whole message and returns its payload. */
    public byte[] readMessage() throws IOException {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        for (Frame frame : readMessageFrames()) {
            payload.writeBytes(frame.payload());
        }
        return payload.toByteArray();
    }

    /** Waits until the client closes the TCP connection, discarding whatever it still sends. */
    public void expectEndOfStream() throws IOException {
        try {
            while (in.read() >= 0) {
                // Discard.
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the client did not close the TCP connection within 10 s", e);
        }
    }

    /** True when no byte (and no end of stream) arrives within {@code millis}; consumes nothing. */
    public boolean isSilentFor(int millis) throws IOException {
        socket.setSoTimeout(millis);
        try {
            in.mark(1);
            in.read();
            in.reset();
            return false;
        } catch (SocketTimeoutException e) {
            return true;
        } finally {
            socket.setSoTimeout(10_000);
        }
    }

    /** Closes the TCP connection without a close frame (an abrupt end, as a crashed server). */
    @Override
    public void close() throws IOException {
        socket.close();
    }

    private String readHead() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] terminator = {'\r', '\n', '\r', '\n'};
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("the client closed before finishing its request: " + head);
            }
            head.write(b);
            matched = b == terminator[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1).trim();
    }
}
