package io.cdpkit.bench.ws;

import io.cdpkit.bench.harness.Measurement;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** One of the echo workloads W1..W4 of {@code WsBench}. */
public interface WsWorkload {

    /**
     * Runs the workload with {@code client} against the echo server at {@code uri}.
     *
     * @param warmup how long to warm up before measuring (ignored by W4, which measures a cold start)
     * @param duration how long to measure
     */
    List<Measurement> run(EchoClient client, URI uri, Duration warmup, Duration duration) throws Exception;

    /** The workload with id {@code W1}..{@code W4}. */
    static WsWorkload byId(String id) {
        switch (id.toUpperCase(Locale.ROOT)) {
            case "W1":
                return new SteadyEchoWorkload("W1", EchoPayloads.text(16), 1);
            case "W2":
                return new SteadyEchoWorkload("W2", EchoPayloads.binary(1024), 64);
            case "W3":
                return new LargeEchoWorkload("W3", 16 * 1024 * 1024);
            case "W4":
                return new ConnectionStormWorkload("W4", 1000, 10);
            default:
                throw new IllegalArgumentException("Unknown workload " + id + "; expected W1, W2, W3 or W4");
        }
    }
}
