package io.cdpkit.bench.cdp;

import java.util.Locale;

/** The Java {@link CdpDriver}s by the names the harness uses (Puppeteer runs in Node, see {@code benchmarks/puppeteer}). */
public final class CdpDrivers {

    private CdpDrivers() {
    }

    /** {@code cdpkit} or {@code cdt}. */
    public static CdpDriver byName(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "cdpkit":
                return new CdpkitDriver();
            case "cdt":
                return new CdtDriver();
            default:
                throw new IllegalArgumentException("Unknown impl " + name
                        + "; expected cdpkit or cdt (puppeteer runs as benchmarks/puppeteer/cdp-bench.cjs)");
        }
    }
}
