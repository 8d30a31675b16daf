package io.cdpkit.bench.cdp;

import io.cdpkit.bench.harness.BenchmarkException;
import io.cdpkit.cdp.BinarySink;
import io.cdpkit.cdp.CdpConnection;
import io.cdpkit.cdp.CdpOptions;
import io.cdpkit.cdp.CdpSession;
import io.cdpkit.cdp.launch.BrowserProcess;
import io.cdpkit.cdp.launch.ChromeLauncher;
import io.cdpkit.cdp.launch.LaunchOptions;
import io.cdpkit.cdp.protocol.emulation.EmulationDomain;
import io.cdpkit.cdp.protocol.page.CaptureScreenshot;
import io.cdpkit.cdp.protocol.page.CaptureScreenshotFormat;
import io.cdpkit.cdp.protocol.page.LoadEventFired;
import io.cdpkit.cdp.protocol.page.PageDomain;
import io.cdpkit.cdp.protocol.runtime.ConsoleAPICalled;
import io.cdpkit.cdp.protocol.runtime.EvaluateResult;
import io.cdpkit.cdp.protocol.runtime.RemoteObject;
import io.cdpkit.cdp.protocol.runtime.RuntimeDomain;
import io.cdpkit.cdp.protocol.target.TargetDomain;
import io.cdpkit.cdp.protocol.target.TargetInfo;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * cdpkit's CDP client: {@link CdpConnection} to the browser endpoint, the page attached in flat
 * mode as a {@link CdpSession}, typed commands from the generated bindings, base64 results
 * decoded straight from the message stream ({@link BinarySink}), and {@link ChromeLauncher} for
 * the cold start.
 */
public final class CdpkitDriver implements CdpDriver {

    private static final CaptureScreenshot PNG_SCREENSHOT =
            PageDomain.captureScreenshot().withFormat(CaptureScreenshotFormat.PNG);

    private BrowserProcess browser;
    private CdpConnection connection;
    private CdpSession page;

    @Override
    public void connect(URI browserWs) {
        connection = CdpConnection.connect(browserWs, CdpOptions.defaults());
    }

    @Override
    public void launch(Path chromium) {
        browser = ChromeLauncher.launch(LaunchOptions.builder().executable(chromium).build());
        connect(browser.webSocketUrl());
    }

    @Override
    public void attachFirstPage() throws BenchmarkException {
        CdpSession browserSession = connection.browserSession();
        TargetInfo target = browserSession.send(TargetDomain.getTargets()).targetInfos().stream()
                .filter(info -> info.type().equals("page"))
                .findFirst()
                .orElseThrow(() -> new BenchmarkException("The browser has no page target"));
        String sessionId = browserSession.send(TargetDomain.attachToTarget(target.targetId()).withFlatten(true))
                .sessionId().value();
        page = connection.session(sessionId)
                .orElseThrow(() -> new BenchmarkException("No session " + sessionId + " after attaching"));
        page.send(PageDomain.enable());
    }

    @Override
    public void navigate(String url, Duration timeout) {
        CompletableFuture<LoadEventFired> loaded = page.waitFor(LoadEventFired.TYPE, event -> true, timeout);
        page.send(PageDomain.navigate(url));
        loaded.join();
    }

    @Override
    public String evaluate(String expression) {
        return valueText(page.send(RuntimeDomain.evaluate(expression)));
    }

    @Override
    public CompletableFuture<String> evaluateAsync(String expression) {
        return page.sendAsync(RuntimeDomain.evaluate(expression)).thenApply(CdpkitDriver::valueText);
    }

    @Override
    public int evaluateStringLength(String expression) {
        EvaluateResult result = page.send(RuntimeDomain.evaluate(expression).withReturnByValue(true));
        return result.result().value().textValue().length();
    }

    @Override
    public void setViewport(int width, int height) {
        page.send(EmulationDomain.setDeviceMetricsOverride(width, height, 1, false));
    }

    @Override
    public byte[] screenshotPng() {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        page.send(PNG_SCREENSHOT, BinarySink.of("data", png));
        return png.toByteArray();
    }

    @Override
    public void screenshotToFile(Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            page.send(PNG_SCREENSHOT, BinarySink.of("data", out));
        }
    }

    @Override
    public void onConsoleMessages(Consumer<String> listener) {
        page.on(ConsoleAPICalled.TYPE, event -> listener.accept(event.args().get(0).value().asText()));
        page.send(RuntimeDomain.enable());
    }

    @Override
    public void close() {
        if (connection != null) {
            connection.close();
        }
        if (browser != null) {
            browser.close();
        }
    }

    private static String valueText(EvaluateResult result) {
        RemoteObject value = result.result();
        return value.value() == null ? String.valueOf(value.unserializableValue()) : value.value().toString();
    }
}
