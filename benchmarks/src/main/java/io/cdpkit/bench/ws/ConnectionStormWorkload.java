package io.cdpkit.bench.ws;

import io.cdpkit.bench.harness.Measurement;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * W4: many connections opened at once, cold (no warm-up); each does a few sequential 16-byte
 * round trips and then a normal close. The figure is the wall time from the first open to the
 * last completed close.
 */
final class ConnectionStormWorkload implements WsWorkload {

    private static final long TIMEOUT_SECONDS = 120;

    private final String id;
    private final int connections;
    private final int roundTrips;
    private final EchoPayloads payloads = EchoPayloads.text(16);

    ConnectionStormWorkload(String id, int connections, int roundTrips) {
        this.id = id;
        this.connections = connections;
        this.roundTrips = roundTrips;
    }

    @Override
    public List<Measurement> run(EchoClient client, URI uri, Duration warmup, Duration duration) throws Exception {
        long start = System.nanoTime();
        CompletableFuture<?>[] closed = new CompletableFuture<?>[connections];
        for (int i = 0; i < connections; i++) {
            EchoPump pump = new EchoPump(payloads, 1, roundTrips);
            closed[i] = client.open(uri, Delivery.WHOLE, pump)
                    .thenCompose(socket -> {
                        pump.start(socket);
                        return pump.finished().thenCompose(done -> socket.close());
                    });
        }
        CompletableFuture.allOf(closed).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        double millis = (System.nanoTime() - start) / 1e6;
        return List.of(new Measurement(id, millis, "ms"));
    }
}
