package io.cdpkit.bench.ws;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * The JDK's {@link java.net.http.WebSocket}, one shared {@link HttpClient}. The JDK allows one
 * outstanding send at a time, so sends are chained on the previous one. The handler never
 * blocks, so the listener asks for all messages up front instead of one {@code request(1)}
 * per message.
 */
public final class JdkEchoClient implements EchoClient {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    @Override
    public CompletableFuture<EchoSocket> open(URI uri, Delivery delivery, EchoHandler handler) {
        Listener listener = new Listener(handler, delivery);
        return client.newWebSocketBuilder()
                .buildAsync(uri, listener)
                .thenApply(webSocket -> new JdkSocket(webSocket, listener.closed, handler));
    }

    @Override
    public void close() {
        // HttpClient of Java 17 is not AutoCloseable; its threads are daemons and end with the process.
    }

    /** Forwards the JDK's callbacks to the handler, gluing partial text (and, for WHOLE delivery, binary) messages. */
    private static final class Listener implements WebSocket.Listener {
        private final EchoHandler handler;
        private final Delivery delivery;
        private final CompletableFuture<Void> closed = new CompletableFuture<>();
        private final StringBuilder text = new StringBuilder();
        private ByteBuffer binary = ByteBuffer.allocate(0);

        Listener(EchoHandler handler, Delivery delivery) {
            this.handler = handler;
            this.delivery = delivery;
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(Long.MAX_VALUE);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            if (last && text.length() == 0) {
                handler.onText(data.toString());
            } else {
                text.append(data);
                if (last) {
                    handler.onText(text.toString());
                    text.setLength(0);
                }
            }
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            if (delivery == Delivery.STREAM || (last && binary.position() == 0)) {
                handler.onBinary(data, last);
                return null;
            }
            binary = append(binary, data);
            if (last) {
                handler.onBinary(binary.flip(), true);
                binary = ByteBuffer.allocate(0);
            }
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(null);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.completeExceptionally(error);
            handler.onError(error);
        }

        private static ByteBuffer append(ByteBuffer target, ByteBuffer data) {
            if (target.remaining() >= data.remaining()) {
                return target.put(data);
            }
            int capacity = Math.max(target.capacity() * 2, target.position() + data.remaining());
            return ByteBuffer.allocate(capacity).put(target.flip()).put(data);
        }
    }

    /** Sends through a JDK {@link WebSocket}, each send chained on the one before. */
    private static final class JdkSocket implements EchoSocket {
        private final WebSocket webSocket;
        private final CompletableFuture<Void> closed;
        private final EchoHandler handler;
        private CompletableFuture<WebSocket> lastSend = CompletableFuture.completedFuture(null);

        JdkSocket(WebSocket webSocket, CompletableFuture<Void> closed, EchoHandler handler) {
            this.webSocket = webSocket;
            this.closed = closed;
            this.handler = handler;
        }

        @Override
        public void sendText(String text) {
            chain(ws -> ws.sendText(text, true));
        }

        @Override
        public void sendBinary(byte[] data) {
            chain(ws -> ws.sendBinary(ByteBuffer.wrap(data), true));
        }

        @Override
        public CompletableFuture<Void> close() {
            chain(ws -> ws.sendClose(WebSocket.NORMAL_CLOSURE, ""));
            return closed;
        }

        private synchronized void chain(Function<WebSocket, CompletableFuture<WebSocket>> send) {
            lastSend = lastSend.thenCompose(ignored -> send.apply(webSocket));
            lastSend.whenComplete((ignored, error) -> {
                if (error != null) {
                    handler.onError(error);
                }
            });
        }
    }
}
