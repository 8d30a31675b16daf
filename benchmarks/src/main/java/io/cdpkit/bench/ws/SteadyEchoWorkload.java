package io.cdpkit.bench.ws;

import io.cdpkit.bench.harness.BenchmarkException;
import io.cdpkit.bench.harness.Measurement;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * W1 and W2: one connection keeps a fixed window of messages in flight (1 for a strict
 * request/response ping-pong, 64 for a pipeline) for the warm-up and then for the measured
 * time; the figure is correct echoes per second over the measured time.
 */
final class SteadyEchoWorkload implements WsWorkload {

    private static final long CONNECT_TIMEOUT_SECONDS = 30;

    private final String id;
    private final EchoPayloads payloads;
    private final int window;

    SteadyEchoWorkload(String id, EchoPayloads payloads, int window) {
        this.id = id;
        this.payloads = payloads;
        this.window = window;
    }

    @Override
    public List<Measurement> run(EchoClient client, URI uri, Duration warmup, Duration duration) throws Exception {
        EchoPump pump = new EchoPump(payloads, window, Long.MAX_VALUE);
        EchoSocket socket = client.open(uri, Delivery.WHOLE, pump).get(CONNECT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        pump.start(socket);
        awaitUnlessFailed(pump.finished(), warmup);
        long startEchoes = pump.echoes();
        long start = System.nanoTime();
        awaitUnlessFailed(pump.finished(), duration);
        long echoes = pump.echoes() - startEchoes;
        double seconds = (System.nanoTime() - start) / 1e9;
        pump.stop();
        socket.close().get(CONNECT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (echoes == 0) {
            throw new BenchmarkException("No echo came back within " + duration);
        }
        return List.of(new Measurement(id, echoes / seconds, "msgs/s"));
    }

    /** Waits {@code time}, failing early if the pump failed meanwhile. */
    private static void awaitUnlessFailed(CompletableFuture<Void> failure, Duration time) throws Exception {
        try {
            failure.get(time.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException expected) {
            return;
        }
        throw new BenchmarkException("The echo loop ended early");
    }
}
