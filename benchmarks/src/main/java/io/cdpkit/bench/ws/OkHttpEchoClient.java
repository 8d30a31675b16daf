package io.cdpkit.bench.ws;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;

/**
 * OkHttp's WebSocket ({@link OkHttpClient#newWebSocket}), one shared client as OkHttp
 * recommends, with the dispatcher's per-host limit raised so that many connections can be
 * open at once (each open WebSocket holds a dispatcher slot). OkHttp delivers every message
 * whole, so {@link Delivery#STREAM} also gets one piece.
 */
public final class OkHttpEchoClient implements EchoClient {

    private static final int MAX_CONNECTIONS = 4096;

    private final OkHttpClient client;

    /** A client with no timeouts on reads (the workloads bound their own time). */
    public OkHttpEchoClient() {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(MAX_CONNECTIONS);
        dispatcher.setMaxRequestsPerHost(MAX_CONNECTIONS);
        client = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectTimeout(30, TimeUnit.SECONDS)
                .readTimeout(0, TimeUnit.SECONDS)
                .build();
    }

    @Override
    public CompletableFuture<EchoSocket> open(URI uri, Delivery delivery, EchoHandler handler) {
        Listener listener = new Listener(handler);
        client.newWebSocket(new Request.Builder().url(uri.toString()).build(), listener);
        return listener.opened;
    }

    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }

    /** Forwards OkHttp's callbacks to the handler and tracks opening and closing. */
    private static final class Listener extends WebSocketListener {
        private final EchoHandler handler;
        private final CompletableFuture<EchoSocket> opened = new CompletableFuture<>();
        private final CompletableFuture<Void> closed = new CompletableFuture<>();

        Listener(EchoHandler handler) {
            this.handler = handler;
        }

        @Override
        public void onOpen(WebSocket webSocket, Response response) {
            opened.complete(new OkHttpSocket(webSocket, closed));
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            handler.onText(text);
        }

        @Override
        public void onMessage(WebSocket webSocket, ByteString bytes) {
            handler.onBinary(bytes.asByteBuffer(), true);
        }

        @Override
        public void onClosed(WebSocket webSocket, int code, String reason) {
            closed.complete(null);
        }

        @Override
        public void onFailure(WebSocket webSocket, Throwable t, Response response) {
            opened.completeExceptionally(t);
            closed.completeExceptionally(t);
            handler.onError(t);
        }
    }

    /** Sends through an OkHttp {@link WebSocket}; a refused send (queue full or closed) is an error. */
    private record OkHttpSocket(WebSocket webSocket, CompletableFuture<Void> closed) implements EchoSocket {

        @Override
        public void sendText(String text) {
            requireAccepted(webSocket.send(text));
        }

        @Override
        public void sendBinary(byte[] data) {
            requireAccepted(webSocket.send(ByteString.of(data)));
        }

        @Override
        public CompletableFuture<Void> close() {
            webSocket.close(1000, null);
            return closed;
        }

        private static void requireAccepted(boolean accepted) {
            if (!accepted) {
                throw new IllegalStateException("OkHttp refused the send (outgoing queue over 16 MiB, or closed)");
            }
        }
    }
}
