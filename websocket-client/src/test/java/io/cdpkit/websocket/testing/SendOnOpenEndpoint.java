package io.cdpkit.websocket.testing;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * Sends {@code count} messages of {@code size} bytes (text: chars) from {@link Payloads} as soon
 * as the connection opens, each in {@code fragments} frames, then echoes like {@link EchoEndpoint}.
 * An echo waits until every message is sent: Jetty drops a message sent while another one's
 * frames are still going out.
 */
public final class SendOnOpenEndpoint extends EchoEndpoint {

    private final int count;
    private final int size;
    private final boolean text;
    private final int fragments;
    private final AtomicInteger sent = new AtomicInteger();
    private final CountDownLatch done = new CountDownLatch(1);

    SendOnOpenEndpoint(Map<String, String> query) {
        this.count = Integer.parseInt(query.getOrDefault("count", "1"));
        this.size = Integer.parseInt(query.getOrDefault("size", "16"));
        this.text = "text".equals(query.getOrDefault("type", "text"));
        this.fragments = Integer.parseInt(query.getOrDefault("fragments", "1"));
    }

    @Override
    public void onWebSocketOpen(Session session) {
        super.onWebSocketOpen(session);
        Thread sender = new Thread(() -> sendAll(session), "jetty-test-sender");
        sender.setDaemon(true);
        sender.start();
    }

    @Override
    public void onWebSocketText(String message) {
        awaitSendingDone();
        super.onWebSocketText(message);
    }

    @Override
    public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
        awaitSendingDone();
        super.onWebSocketBinary(payload, callback);
    }

    /** How many messages were completely handed to the network so far. */
    public int sent() {
        return sent.get();
    }

    /** Waits up to {@code seconds} for all messages to be sent; true when they were. */
    public boolean awaitAllSent(int seconds) throws InterruptedException {
        return done.await(seconds, TimeUnit.SECONDS);
    }

    private void awaitSendingDone() {
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void sendAll(Session session) {
        for (int i = 0; i < count && session.isOpen(); i++) {
            if (text) {
                sendText(session, Payloads.text(i, size));
            } else {
                sendBinary(session, Payloads.binary(i, size));
            }
            sent.incrementAndGet();
        }
        done.countDown();
    }

    private void sendText(Session session, String message) {
        int step = Math.max(1, (message.length() + fragments - 1) / fragments);
        int start = 0;
        do {
            int end = Math.min(message.length(), start + step);
            if (end < message.length() && Character.isHighSurrogate(message.charAt(end - 1))) {
                end++;
            }
            boolean last = end == message.length();
            String part = message.substring(start, end);
            await(callback -> session.sendPartialText(part, last, callback));
            start = end;
        } while (start < message.length());
    }

    private void sendBinary(Session session, byte[] message) {
        int step = Math.max(1, (message.length + fragments - 1) / fragments);
        int start = 0;
        do {
            int end = Math.min(message.length, start + step);
            boolean last = end == message.length;
            ByteBuffer part = ByteBuffer.wrap(message, start, end - start);
            await(callback -> session.sendPartialBinary(part, last, callback));
            start = end;
        } while (start < message.length);
    }

    private static void await(Consumer<Callback> send) {
        Callback.Completable done = new Callback.Completable();
        send.accept(done);
        done.join();
    }
}
