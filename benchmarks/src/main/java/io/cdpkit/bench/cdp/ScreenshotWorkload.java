package io.cdpkit.bench.cdp;

import io.cdpkit.bench.harness.Measurement;
import java.util.List;

/**
 * C3: a 1280x720 viewport, 3 warm-up screenshots, then 30 {@code Page.captureScreenshot} PNGs,
 * each decoded and checked to be 1280x720: median ms.
 */
final class ScreenshotWorkload implements CdpWorkload {

    static final int WIDTH = 1280;
    static final int HEIGHT = 720;

    @Override
    public List<Measurement> run(CdpDriver driver, CdpContext context) throws Exception {
        driver.setViewport(WIDTH, HEIGHT);
        Stopwatch shots = Stopwatch.repeat(3, 30, () -> Png.requireSize(driver.screenshotPng(), WIDTH, HEIGHT));
        return List.of(new Measurement("C3", shots.medianMillis(), "ms"));
    }
}
