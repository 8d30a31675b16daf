package io.cdpkit.bench.cdp;

import com.github.kklisura.cdt.launch.ChromeArguments;
import com.github.kklisura.cdt.launch.ChromeLauncher;
import com.github.kklisura.cdt.protocol.types.runtime.Evaluate;
import com.github.kklisura.cdt.protocol.types.runtime.RemoteObject;
import com.github.kklisura.cdt.services.ChromeDevToolsService;
import com.github.kklisura.cdt.services.ChromeService;
import com.github.kklisura.cdt.services.config.ChromeDevToolsServiceConfiguration;
import com.github.kklisura.cdt.services.impl.ChromeServiceImpl;
import com.github.kklisura.cdt.services.types.ChromeTab;
import io.cdpkit.bench.harness.BenchmarkException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * cdt-java-client (com.github.kklisura.cdt): its {@link ChromeService} over the browser's
 * HTTP endpoint, a {@link ChromeDevToolsService} on the first page's own WebSocket, and its
 * {@link ChromeLauncher}, with its defaults except a 30 s read timeout. Its commands block, so
 * concurrent evaluations each take a thread.
 */
public final class CdtDriver implements CdpDriver {

    /** cdt waits forever for a reply by default; cdpkit's default call timeout is 30 s. */
    private static final long READ_TIMEOUT_SECONDS = 30;

    private final ExecutorService callers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "cdt-caller");
        thread.setDaemon(true);
        return thread;
    });
    private ChromeLauncher launcher;
    private ChromeService chrome;
    private ChromeDevToolsService devTools;

    @Override
    public void connect(URI browserWs) {
        chrome = new ChromeServiceImpl(browserWs.getHost(), browserWs.getPort());
    }

    /** cdt's launcher with its headless defaults plus the flags of this project's runs; Tyrus sends an Origin Chrome must allow. */
    @Override
    public void launch(Path chromium) {
        launcher = new ChromeLauncher();
        chrome = launcher.launch(chromium, ChromeArguments.defaults(true)
                .additionalArguments("no-sandbox", true)
                .additionalArguments("disable-quic", true)
                .additionalArguments("disable-component-update", true)
                .additionalArguments("remote-allow-origins", "*")
                .build());
    }

    @Override
    public void attachFirstPage() throws BenchmarkException {
        ChromeTab tab = chrome.getTabs().stream()
                .filter(ChromeTab::isPageType)
                .findFirst()
                .orElseThrow(() -> new BenchmarkException("The browser has no page target"));
        ChromeDevToolsServiceConfiguration configuration = new ChromeDevToolsServiceConfiguration();
        configuration.setReadTimeout(READ_TIMEOUT_SECONDS);
        devTools = chrome.createDevToolsService(tab, configuration);
        devTools.getPage().enable();
    }

    @Override
    public void navigate(String url, Duration timeout) throws Exception {
        CountDownLatch loaded = new CountDownLatch(1);
        var listener = devTools.getPage().onLoadEventFired(event -> loaded.countDown());
        devTools.getPage().navigate(url);
        boolean done = loaded.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        listener.unsubscribe();
        if (!done) {
            throw new BenchmarkException("No load event within " + timeout + " for " + url);
        }
    }

    @Override
    public String evaluate(String expression) {
        return valueText(devTools.getRuntime().evaluate(expression));
    }

    @Override
    public CompletableFuture<String> evaluateAsync(String expression) {
        return CompletableFuture.supplyAsync(() -> evaluate(expression), callers);
    }

    @Override
    public int evaluateStringLength(String expression) {
        Evaluate result = devTools.getRuntime().evaluate(expression, null, null, null, null, true,
                null, null, null, null, null, null, null, null, null);
        return ((String) result.getResult().getValue()).length();
    }

    @Override
    public void setViewport(int width, int height) {
        devTools.getEmulation().setDeviceMetricsOverride(width, height, 1.0, false);
    }

    @Override
    public byte[] screenshotPng() {
        return Base64.getDecoder().decode(devTools.getPage().captureScreenshot());
    }

    @Override
    public void screenshotToFile(Path file) throws Exception {
        Files.write(file, screenshotPng());
    }

    @Override
    public void onConsoleMessages(Consumer<String> listener) {
        devTools.getRuntime().onConsoleAPICalled(event -> listener.accept(String.valueOf(event.getArgs().get(0).getValue())));
        devTools.getRuntime().enable();
    }

    @Override
    public void close() {
        if (devTools != null) {
            devTools.close();
        }
        if (launcher != null) {
            launcher.close();
        }
        callers.shutdownNow();
    }

    private static String valueText(Evaluate result) {
        RemoteObject value = result.getResult();
        return value.getValue() == null ? value.getUnserializableValue() : String.valueOf(value.getValue());
    }
}
