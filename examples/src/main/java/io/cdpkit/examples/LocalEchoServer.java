package io.cdpkit.examples;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A minimal WebSocket echo server on 127.0.0.1, on plain {@code java.net} sockets, so that
 * {@link EchoDemo} runs without any network. It speaks just enough RFC 6455 to echo: the opening
 * handshake, masked client frames, fragmented messages, pings and the closing handshake.
 * Messages over 1 MiB, unmasked frames and unknown opcodes end the connection. One daemon thread per client.
 * For demos and tests only.
 */
public final class LocalEchoServer implements AutoCloseable {

    private static final String ACCEPT_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    private static final int MAX_MESSAGE = 1 << 20;
    private static final int CONTINUATION = 0x0;
    private static final int CLOSE = 0x8;
    private static final int PING = 0x9;
    private static final int PONG = 0xA;
    private static final int PROTOCOL_ERROR = 1002;
    private static final int MESSAGE_TOO_BIG = 1009;

    private final ServerSocket server;
    private final List<Socket> clients = new CopyOnWriteArrayList<>();

    private LocalEchoServer(ServerSocket server) {
        this.server = server;
    }

    /** Starts a server on an ephemeral port of 127.0.0.1. */
    public static LocalEchoServer start() throws IOException {
        LocalEchoServer echo = new LocalEchoServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
        daemon(echo::acceptLoop, "local-echo-server").start();
        return echo;
    }

    /** The server's address, {@code ws://127.0.0.1:port/}. */
    public URI uri() {
        return URI.create("ws://127.0.0.1:" + server.getLocalPort() + "/");
    }

    /** Stops listening and drops every client connection. */
    @Override
    public void close() throws IOException {
        server.close();
        for (Socket client : clients) {
            client.close();
        }
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                clients.add(client);
                daemon(() -> serve(client), "local-echo-client").start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            client.setTcpNoDelay(true);
            DataInputStream in = new DataInputStream(client.getInputStream());
            OutputStream out = client.getOutputStream();
            if (handshake(in, out)) {
                echoFrames(in, out);
            }
        } catch (EOFException | SocketException e) {
            // The client went away.
        } catch (IOException e) {
            System.getLogger(LocalEchoServer.class.getName()).log(System.Logger.Level.DEBUG, "echo client failed", e);
        } finally {
            clients.remove(client);
        }
    }

    /** Reads the upgrade request and answers 101, or 400 when it has no WebSocket key. */
    private static boolean handshake(DataInputStream in, OutputStream out) throws IOException {
        String key = null;
        for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("sec-websocket-key")) {
                key = line.substring(colon + 1).trim();
            }
        }
        if (key == null) {
            out.write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            return false;
        }
        out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Accept: " + acceptKey(key) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return true;
    }

    /** Echoes data messages whole, answers pings, and echoes the close frame before returning. */
    private static void echoFrames(DataInputStream in, OutputStream out) throws IOException {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        int messageOpcode = -1;
        while (true) {
            int b0 = in.readUnsignedByte();
            int b1 = in.readUnsignedByte();
            boolean fin = (b0 & 0x80) != 0;
            int opcode = b0 & 0x0f;
            long length = b1 & 0x7f;
            if (length == 126) {
                length = in.readUnsignedShort();
            } else if (length == 127) {
                length = in.readLong();
            }
            if ((b1 & 0x80) == 0 || opcode > PONG || (opcode > 0x2 && opcode < CLOSE)) {
                writeFrame(out, CLOSE, closePayload(PROTOCOL_ERROR));
                return;
            }
            if (length < 0 || message.size() + length > MAX_MESSAGE) {
                writeFrame(out, CLOSE, closePayload(MESSAGE_TOO_BIG));
                return;
            }
            byte[] mask = new byte[4];
            in.readFully(mask);
            byte[] payload = new byte[(int) length];
            in.readFully(payload);
            for (int i = 0; i < payload.length; i++) {
                payload[i] ^= mask[i & 3];
            }
            if (opcode == CLOSE) {
                writeFrame(out, CLOSE, payload.length >= 2 ? new byte[] {payload[0], payload[1]} : new byte[0]);
                return;
            } else if (opcode == PING) {
                writeFrame(out, PONG, payload);
            } else if (opcode != PONG) {
                if (opcode != CONTINUATION) {
                    messageOpcode = opcode;
                }
                message.write(payload);
                if (fin) {
                    writeFrame(out, messageOpcode, message.toByteArray());
                    message.reset();
                }
            }
        }
    }

    /** Writes one unmasked final frame, as a server does. */
    private static void writeFrame(OutputStream out, int opcode, byte[] payload) throws IOException {
        ByteArrayOutputStream frame = new ByteArrayOutputStream(payload.length + 10);
        frame.write(0x80 | opcode);
        if (payload.length < 126) {
            frame.write(payload.length);
        } else if (payload.length <= 0xffff) {
            frame.write(126);
            frame.write(payload.length >>> 8);
            frame.write(payload.length);
        } else {
            frame.write(127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                frame.write((int) ((long) payload.length >>> shift));
            }
        }
        frame.write(payload);
        out.write(frame.toByteArray());
        out.flush();
    }

    private static byte[] closePayload(int code) {
        return new byte[] {(byte) (code >>> 8), (byte) code};
    }

    private static String readLine(DataInputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.readUnsignedByte(); b != '\n'; b = in.readUnsignedByte()) {
            if (line.length() > 8192) {
                throw new IOException("request line too long");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    private static String acceptKey(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest((key + ACCEPT_GUID).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by every JDK", e);
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
