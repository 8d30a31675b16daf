package io.cdpkit.bench.cdp;

import io.cdpkit.bench.harness.BenchmarkException;
import io.cdpkit.bench.harness.Measurement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * C5: cold start. Launches the browser with the library's launcher, sets a 1280x720 viewport,
 * navigates, writes a PNG to the output folder; the figure is the time from just before this
 * process started ({@code BENCH_T0_MS}) until the PNG was written: ms. The browser is closed
 * afterwards.
 */
final class ColdStartWorkload implements CdpWorkload {

    @Override
    public boolean needsOpenPage() {
        return false;
    }

    @Override
    public List<Measurement> run(CdpDriver driver, CdpContext context) throws Exception {
        if (context.chromium() == null || context.startMillis() <= 0) {
            throw new BenchmarkException("C5 needs --chromium PATH and the environment variable BENCH_T0_MS");
        }
        Files.createDirectories(context.out());
        Path png = context.out().resolve("c5-" + ProcessHandle.current().pid() + ".png");
        driver.launch(context.chromium());
        driver.attachFirstPage();
        driver.setViewport(ScreenshotWorkload.WIDTH, ScreenshotWorkload.HEIGHT);
        driver.navigate(context.pageUrl(), CdpContext.SETUP_TIMEOUT);
        driver.screenshotToFile(png);
        long elapsed = System.currentTimeMillis() - context.startMillis();
        Png.requireSize(Files.readAllBytes(png), ScreenshotWorkload.WIDTH, ScreenshotWorkload.HEIGHT);
        return List.of(new Measurement("C5", elapsed, "ms"));
    }
}
