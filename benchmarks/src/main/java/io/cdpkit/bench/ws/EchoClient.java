package io.cdpkit.bench.ws;

import java.net.URI;
import java.util.concurrent.CompletableFuture;

/**
 * A WebSocket client library under test, reduced to what the echo workloads need. Each
 * implementation uses its library the way its documentation recommends for speed: callbacks on
 * the library's own threads, no extra thread hops.
 */
public interface EchoClient extends AutoCloseable {

    /**
     * Opens a connection to {@code uri}; incoming messages go to {@code handler}, in order.
     *
     * @param delivery whether binary messages reach the handler whole or as they stream in
     */
    CompletableFuture<EchoSocket> open(URI uri, Delivery delivery, EchoHandler handler);

    /** Frees what the library shares between connections (thread pools, connection pools). */
    @Override
    void close();
}
