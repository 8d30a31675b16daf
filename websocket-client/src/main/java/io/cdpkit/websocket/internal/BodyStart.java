package io.cdpkit.websocket.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Reads the first few KiB of a refused handshake's body, for the exception message. Bounded:
 * at most {@link OpeningHandshake#MAX_BODY_START} bytes, and only what the declared
 * {@code Content-Length} promises (or up to the end of the stream); the caller's handshake
 * timer closes the socket if the server stalls.
 */
final class BodyStart {

    private BodyStart() {
    }

    static String read(BufferedSource source, HttpResponseHead response) {
        long limit = OpeningHandshake.MAX_BODY_START;
        String length = response.header("content-length");
        if (length != null) {
            try {
                limit = Math.min(limit, Long.parseLong(length.trim()));
            } catch (NumberFormatException e) {
                limit = 0;
            }
        } else if (response.header("transfer-encoding") == null && "keep-alive".equalsIgnoreCase(
                String.valueOf(response.header("connection")))) {
            limit = 0;
        }
        Buffer body = new Buffer();
        try {
            while (body.size() < limit && source.read(body, limit - body.size()) != -1) {
                // keep reading until the limit or the end of the stream
            }
        } catch (IOException e) {
            // the body is only informative: keep what arrived
        }
        return body.readString(StandardCharsets.UTF_8);
    }
}
