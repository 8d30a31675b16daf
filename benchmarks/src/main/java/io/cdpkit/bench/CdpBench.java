package io.cdpkit.bench;

import io.cdpkit.bench.cdp.CdpContext;
import io.cdpkit.bench.cdp.CdpDriver;
import io.cdpkit.bench.cdp.CdpDrivers;
import io.cdpkit.bench.cdp.CdpWorkload;
import io.cdpkit.bench.harness.BenchmarkRun;
import io.cdpkit.bench.harness.Flags;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * The CDP side-by-side program: one process runs one workload with one CDP client library
 * against headless Chromium and prints {@code RESULT impl=<impl> workload=<C> value=<v> unit=<u>}
 * lines, or a {@code FAIL} line and exit status 1.
 *
 * <pre>
 * java -cp cdpkit-benchmarks.jar io.cdpkit.bench.CdpBench --impl cdpkit|cdt --workload C1..C6 \
 *     --browser-ws ws://127.0.0.1:P/devtools/browser/ID --page-url http://127.0.0.1:P/page.html \
 *     --seconds S --out DIR [--chromium PATH]
 * </pre>
 *
 * Every workload but C5 first attaches to the browser's first page, navigates to
 * {@code --page-url} and waits for the load event. C5 instead launches the browser at
 * {@code --chromium} itself and measures from {@code BENCH_T0_MS} (environment, epoch ms just
 * before the process started) to the PNG written into {@code --out}.
 */
public final class CdpBench {

    private static final Set<String> FLAGS =
            Set.of("impl", "workload", "browser-ws", "page-url", "seconds", "out", "chromium");
    private static final long BUDGET_SLACK_MILLIS = 240_000;

    private CdpBench() {
    }

    /** Runs the benchmark described by the flags. */
    public static void main(String[] args) {
        BenchmarkRun.main(args, FLAGS, (flags, run) -> {
            CdpWorkload workload = CdpWorkload.byId(flags.required("workload"));
            CdpContext context = context(flags, workload);
            long budget = context.duration().toMillis() * 2 + BUDGET_SLACK_MILLIS;
            try (CdpDriver driver = CdpDrivers.byName(flags.required("impl"))) {
                return run.execute(budget, () -> {
                    if (workload.needsOpenPage()) {
                        driver.connect(context.browserWs());
                        driver.attachFirstPage();
                        driver.navigate(context.pageUrl(), CdpContext.SETUP_TIMEOUT);
                    }
                    return workload.run(driver, context);
                });
            }
        });
    }

    private static CdpContext context(Flags flags, CdpWorkload workload) {
        String browserWs = workload.needsOpenPage() ? flags.required("browser-ws") : flags.optional("browser-ws", null);
        String chromium = flags.optional("chromium", null);
        String t0 = System.getenv("BENCH_T0_MS");
        return new CdpContext(
                browserWs == null ? null : URI.create(browserWs),
                flags.required("page-url"),
                Duration.ofMillis((long) (flags.seconds("seconds", 10) * 1000)),
                Path.of(flags.optional("out", "benchmarks/target/cdp-out")),
                chromium == null ? null : Path.of(chromium),
                t0 == null ? 0 : Long.parseLong(t0.strip()));
    }
}
