package io.cdpkit.bench.ws;

import io.cdpkit.bench.harness.HeapWatcher;
import io.cdpkit.bench.harness.Measurement;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * W3: one connection sends one large random binary message, waits for the whole echo and
 * checks it (streamed where the library can stream), again and again: at least 2 warm-up and
 * 3 measured rounds, more while the warm-up or measured time lasts. The figure is
 * (sent + received) MiB per second; a second figure, {@code W3-heap}, is the most heap found
 * in use right after any garbage collection during the measured rounds (MiB), which bounds
 * what the client kept alive, including the 1x payload the benchmark itself holds (left out
 * when no collection ran, as in very short runs).
 */
final class LargeEchoWorkload implements WsWorkload {

    private static final int MIN_WARMUP_ROUNDS = 2;
    private static final int MIN_MEASURED_ROUNDS = 3;
    private static final long TIMEOUT_SECONDS = 60;
    private static final double MIB = 1024 * 1024;

    private final String id;
    private final byte[] payload;

    LargeEchoWorkload(String id, int size) {
        this.id = id;
        this.payload = new byte[size];
        new SplittableRandom(size).nextBytes(payload);
    }

    @Override
    public List<Measurement> run(EchoClient client, URI uri, Duration warmup, Duration duration) throws Exception {
        LargeEchoVerifier verifier = new LargeEchoVerifier(payload);
        EchoSocket socket = client.open(uri, Delivery.STREAM, verifier).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        rounds(socket, verifier, MIN_WARMUP_ROUNDS, warmup);
        long start = System.nanoTime();
        int rounds;
        long peakHeap;
        try (HeapWatcher heap = HeapWatcher.start()) {
            rounds = rounds(socket, verifier, MIN_MEASURED_ROUNDS, duration);
            peakHeap = heap.peakBytesAfterGc();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        socket.close().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        double mebibytes = 2.0 * rounds * payload.length / MIB;
        Measurement throughput = new Measurement(id, mebibytes / seconds, "MiB/s");
        if (peakHeap == 0) {
            System.err.println("No garbage collection ran during the measured rounds: no " + id + "-heap figure");
            return List.of(throughput);
        }
        return List.of(throughput, new Measurement(id + "-heap", peakHeap / MIB, "MiB"));
    }

    /** Runs echo rounds, at least {@code minimum} and until {@code time} has passed; returns how many. */
    private int rounds(EchoSocket socket, LargeEchoVerifier verifier, int minimum, Duration time) throws Exception {
        long end = System.nanoTime() + time.toNanos();
        int rounds = 0;
        while (rounds < minimum || System.nanoTime() < end) {
            var echoed = verifier.expectEcho();
            socket.sendBinary(payload);
            echoed.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            rounds++;
        }
        return rounds;
    }
}
