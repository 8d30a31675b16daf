package io.cdpkit.bench.cdp;

import io.cdpkit.bench.harness.Measurement;
import java.util.List;
import java.util.Locale;

/** One of the CDP workloads C1..C6 of {@code CdpBench}. */
public interface CdpWorkload {

    /** Runs the workload; {@code driver} is fresh (C5) or already on the page ({@link #needsOpenPage()}). */
    List<Measurement> run(CdpDriver driver, CdpContext context) throws Exception;

    /** True when the harness must attach to the page and load it before {@link #run} (all but C5). */
    default boolean needsOpenPage() {
        return true;
    }

    /** The workload with id {@code C1}..{@code C6}. */
    static CdpWorkload byId(String id) {
        switch (id.toUpperCase(Locale.ROOT)) {
            case "C1":
                return new SequentialEvaluateWorkload();
            case "C2":
                return new ConcurrentEvaluateWorkload();
            case "C3":
                return new ScreenshotWorkload();
            case "C4":
                return new LargeResultWorkload();
            case "C5":
                return new ColdStartWorkload();
            case "C6":
                return new ConsoleFloodWorkload();
            default:
                throw new IllegalArgumentException("Unknown workload " + id + "; expected C1, C2, C3, C4, C5 or C6");
        }
    }
}
