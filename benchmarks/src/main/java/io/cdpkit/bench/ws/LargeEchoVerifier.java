package io.cdpkit.bench.ws;

import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;

/**
 * Checks the echo of one large binary message piece by piece against the payload that was
 * sent, without keeping the echo. {@link #expectEcho()} arms it for the next message.
 */
final class LargeEchoVerifier implements EchoHandler {

    private final byte[] payload;
    private volatile CompletableFuture<Void> echoed = new CompletableFuture<>();
    private int position;

    LargeEchoVerifier(byte[] payload) {
        this.payload = payload;
    }

    /** A future that completes when the next echo has arrived whole and equal to the payload. */
    CompletableFuture<Void> expectEcho() {
        position = 0;
        echoed = new CompletableFuture<>();
        return echoed;
    }

    @Override
    public void onText(String text) {
        echoed.completeExceptionally(new IllegalStateException("Text echo of a binary message"));
    }

    @Override
    public void onBinary(ByteBuffer piece, boolean last) {
        CompletableFuture<Void> current = echoed; // read first: it publishes the reset position
        int length = piece.remaining();
        if (length > payload.length - position || !ByteBuffer.wrap(payload, position, length).equals(piece)) {
            current.completeExceptionally(new IllegalStateException(
                    "Echo differs from the payload within bytes " + position + ".." + (position + length)));
            return;
        }
        position += length;
        if (last) {
            if (position == payload.length) {
                current.complete(null);
            } else {
                current.completeExceptionally(new IllegalStateException(
                        "Echo of " + position + " bytes for a payload of " + payload.length));
            }
        }
    }

    @Override
    public void onError(Throwable error) {
        echoed.completeExceptionally(error);
    }
}
