package io.cdpkit.bench.ws;

import io.cdpkit.websocket.Connection;
import io.cdpkit.websocket.Message;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;

/**
 * Consumes a cdpkit connection on its own thread, reading binary messages through
 * {@link Message#inputStream()} in 64 KiB pieces while the reader thread is still receiving
 * them. Ends when the connection closes.
 */
final class CdpkitStreamReader {

    private static final int PIECE = 64 * 1024;
    private static final long RECEIVE_TIMEOUT_SECONDS = 120;

    private final Connection connection;
    private final EchoHandler handler;
    private final byte[] piece = new byte[PIECE];

    CdpkitStreamReader(Connection connection, EchoHandler handler) {
        this.connection = connection;
        this.handler = handler;
    }

    void start() {
        Thread thread = new Thread(this::run, "cdpkit-stream-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            Message message;
            while ((message = connection.receive().get(RECEIVE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) != null) {
                if (message.isText()) {
                    handler.onText(message.text().get(RECEIVE_TIMEOUT_SECONDS, TimeUnit.SECONDS));
                } else {
                    stream(message);
                }
            }
        } catch (Exception e) {
            if (connection.isOpen()) {
                handler.onError(e);
            }
        }
    }

    private void stream(Message message) throws IOException {
        try (InputStream in = message.inputStream()) {
            int n;
            while ((n = in.read(piece)) != -1) {
                handler.onBinary(ByteBuffer.wrap(piece, 0, n), false);
            }
        }
        handler.onBinary(ByteBuffer.wrap(piece, 0, 0), true);
    }
}
