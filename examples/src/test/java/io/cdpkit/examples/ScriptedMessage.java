package io.cdpkit.examples;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * One message a fake Autobahn case sends, in {@code fragments} frames, and expects back unchanged.
 *
 * @param text true for a text message
 * @param payload the payload (UTF-8 for text)
 * @param fragments how many frames to send it in
 */
record ScriptedMessage(boolean text, byte[] payload, int fragments) {

    /** A text message. */
    static ScriptedMessage text(String text, int fragments) {
        return new ScriptedMessage(true, text.getBytes(StandardCharsets.UTF_8), fragments);
    }

    /** A binary message of {@code size} pseudo-random bytes. */
    static ScriptedMessage binary(int size, int fragments) {
        byte[] payload = new byte[size];
        new Random(size).nextBytes(payload);
        return new ScriptedMessage(false, payload, fragments);
    }

    /** Sends this message on {@code session}, frame by frame, waiting for each frame to be written. */
    void sendOn(Session session) {
        if (text) {
            String whole = new String(payload, StandardCharsets.UTF_8);
            int step = Math.max(1, (whole.length() + fragments - 1) / fragments);
            int start = 0;
            do {
                int end = Math.min(whole.length(), start + step);
                if (end < whole.length() && Character.isHighSurrogate(whole.charAt(end - 1))) {
                    end++;
                }
                boolean last = end == whole.length();
                String part = whole.substring(start, end);
                Callback.Completable.with(done -> session.sendPartialText(part, last, done)).join();
                start = end;
            } while (start < whole.length());
        } else {
            int step = Math.max(1, (payload.length + fragments - 1) / fragments);
            int start = 0;
            do {
                int end = Math.min(payload.length, start + step);
                boolean last = end == payload.length;
                ByteBuffer part = ByteBuffer.wrap(payload, start, end - start);
                Callback.Completable.with(done -> session.sendPartialBinary(part, last, done)).join();
                start = end;
            } while (start < payload.length);
        }
    }

    /** True when an echo of {@code echoText} type with {@code echo} bytes is this message unchanged. */
    boolean matches(boolean echoText, byte[] echo) {
        return echoText == text && Arrays.equals(payload, echo);
    }
}
