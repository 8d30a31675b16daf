package io.cdpkit.bench.cdp;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * A CDP client library under test, reduced to what the workloads C1..C6 need. After
 * {@link #connect} or {@link #launch} and {@link #attachFirstPage()}, every call talks to that
 * page; each library uses its own natural API for it.
 */
public interface CdpDriver extends AutoCloseable {

    /** Connects to the browser whose browser-level DevTools WebSocket is {@code browserWs}. */
    void connect(URI browserWs) throws Exception;

    /** Launches the browser at {@code chromium} with the library's own launcher, headless, and connects to it. */
    void launch(Path chromium) throws Exception;

    /** Attaches to the browser's first page target. */
    void attachFirstPage() throws Exception;

    /** Navigates the page to {@code url} and waits for its load event, at most {@code timeout}. */
    void navigate(String url, Duration timeout) throws Exception;

    /** {@code Runtime.evaluate} of {@code expression}; returns the result's value as JSON text ({@code 2} for {@code 1+1}). */
    String evaluate(String expression) throws Exception;

    /** {@code Runtime.evaluate} without waiting; completes with the result's value as JSON text. */
    CompletableFuture<String> evaluateAsync(String expression);

    /** {@code Runtime.evaluate} with {@code returnByValue} of an expression yielding a string; returns its length. */
    int evaluateStringLength(String expression) throws Exception;

    /** {@code Emulation.setDeviceMetricsOverride} to {@code width} x {@code height} at scale 1. */
    void setViewport(int width, int height) throws Exception;

    /** {@code Page.captureScreenshot} as PNG, decoded from base64. */
    byte[] screenshotPng() throws Exception;

    /** A PNG screenshot of the page written to {@code file}, the library's usual way. */
    void screenshotToFile(Path file) throws Exception;

    /**
     * Calls {@code listener} with the first argument's value of every {@code Runtime.consoleAPICalled}
     * event, in arrival order, then sends {@code Runtime.enable}.
     */
    void onConsoleMessages(Consumer<String> listener) throws Exception;

    /** Disconnects, and ends the browser if this driver launched it. */
    @Override
    void close();
}
