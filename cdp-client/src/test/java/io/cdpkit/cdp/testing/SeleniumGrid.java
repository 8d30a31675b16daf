package io.cdpkit.cdp.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cdpkit.cdp.internal.ProcessTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;

/**
 * A Selenium Grid standalone on 127.0.0.1 for tests, run as a separate JVM from the jars the build
 * copies to {@code <build dir>/selenium-grid}, with Debian's {@code chromedriver} and Chromium and
 * Selenium Manager off (no network). Its output goes to {@code <build dir>/selenium-grid-logs/}.
 *
 * <p>Every process it starts (the Grid, chromedriver, Chromium and Chromium's helpers) inherits the
 * environment variable {@link #MARKER_VARIABLE} with a value unique to this Grid, so
 * {@link #strayProcesses()} finds them even after they left the process tree. {@link #close()}
 * ends the Grid's process tree and then any such stray.
 */
public final class SeleniumGrid implements AutoCloseable {

    /** The environment variable that marks the Grid's processes. */
    public static final String MARKER_VARIABLE = "CDPKIT_TEST_GRID";

    /** The Chromium flags a browser on this machine needs. */
    public static final List<String> CHROMIUM_FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync");

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final Process process;
    private final URI url;
    private final String marker;
    private final Path log;

    private SeleniumGrid(Process process, URI url, String marker, Path log) {
        this.process = process;
        this.url = url;
        this.marker = marker;
        this.log = log;
    }

    /**
     * Starts a Grid with {@code maxSessions} Chromium slots and waits until it is ready.
     *
     * @throws IllegalStateException if chromedriver, Chromium or the Grid jars are missing, or the
     *     Grid exits or is not ready within 90 s (the message has its log)
     */
    public static SeleniumGrid start(int maxSessions) throws IOException, InterruptedException {
        requireFile(CHROMEDRIVER, "chromedriver (Debian package chromium-driver)");
        requireFile(CHROMIUM, "Chromium (Debian package chromium)");
        Path buildDir = buildDirectory();
        Path jars = buildDir.resolve("selenium-grid");
        requireFile(jars, "the Selenium Grid jars (copied by the build's copy-selenium-grid execution)");
        int port = freePort();
        String marker = UUID.randomUUID().toString();
        Path log = Files.createDirectories(buildDir.resolve("selenium-grid-logs")).resolve("grid-" + port + ".log");
        ProcessBuilder builder = new ProcessBuilder(javaCommand(), "-Xmx512m", "-cp", jars + "/*",
                "org.openqa.selenium.grid.Main", "standalone",
                "--host", "127.0.0.1", "--port", Integer.toString(port),
                "--selenium-manager", "false", "--detect-drivers", "false",
                "--driver-configuration", "display-name=chromium", "max-sessions=" + maxSessions,
                "webdriver-executable=" + CHROMEDRIVER,
                "stereotype={\"browserName\":\"chrome\",\"goog:chromeOptions\":{\"binary\":\"" + CHROMIUM + "\"}}")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("SE_OFFLINE", "true");
        builder.environment().put(MARKER_VARIABLE, marker);
        SeleniumGrid grid = new SeleniumGrid(builder.start(), URI.create("http://127.0.0.1:" + port + "/"), marker, log);
        try {
            grid.awaitReady();
            return grid;
        } catch (RuntimeException | InterruptedException e) {
            grid.close();
            throw e;
        }
    }

    /** {@code http://127.0.0.1:<port>/}. */
    public URI url() {
        return url;
    }

    /**
     * {@code GET /status}: the Grid's {@code value} (ready, nodes, slots and their sessions).
     *
     * @throws UncheckedIOException if the Grid cannot be asked
     */
    public JsonNode status() {
        return get("status");
    }

    /** The number of sessions running on the Grid's nodes now. */
    public int activeSessions() {
        return (int) StreamSupport.stream(status().path("nodes").spliterator(), false)
                .flatMap(node -> StreamSupport.stream(node.path("slots").spliterator(), false))
                .filter(slot -> !slot.path("session").isNull() && !slot.path("session").isMissingNode())
                .count();
    }

    /** The number of new-session requests waiting in the Grid's queue. */
    public int queuedRequests() {
        return get("se/grid/newsessionqueue/queue").size();
    }

    /** Running processes this Grid started (or their descendants), wherever they are in the process tree now. */
    public List<Long> strayProcesses() {
        return ProcessScan.pidsMentioning(marker);
    }

    /** Running processes the Grid started (drivers, browsers and their helpers), not the Grid itself. */
    public List<Long> driverAndBrowserProcesses() {
        return strayProcesses().stream().filter(pid -> pid != process.pid()).toList();
    }

    /** The Grid's log so far, for failure messages. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /**
     * Ends the Grid, its browsers and drivers (SIGTERM, then SIGKILL after 10 s), then any process
     * that still carries its marker.
     *
     * @throws IllegalStateException if some of them did not stop
     */
    @Override
    public void close() {
        try {
            boolean treeStopped = ProcessTree.terminate(process.toHandle(), Duration.ofSeconds(10), Duration.ofSeconds(5));
            List<ProcessHandle> strays = strayProcesses().stream().map(ProcessHandle::of).flatMap(Optional::stream).toList();
            if (!ProcessTree.kill(strays, Duration.ofSeconds(5)) || !treeStopped) {
                throw new IllegalStateException("Selenium Grid processes did not stop: " + strayProcesses());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping the Selenium Grid", e);
        }
    }

    private void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() - deadline < 0) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Selenium Grid exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                if (status().path("ready").asBoolean()) {
                    return;
                }
            } catch (UncheckedIOException notYetListening) {
                // keep polling until the deadline
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Selenium Grid not ready within " + START_TIMEOUT + ":\n" + log());
    }

    private JsonNode get(String path) {
        HttpRequest request = HttpRequest.newBuilder(url.resolve(path)).timeout(HTTP_TIMEOUT).GET().build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(response.body()).path("value");
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during GET " + request.uri(), e);
        }
    }

    private static Path buildDirectory() {
        try {
            Path testClasses = Path.of(SeleniumGrid.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return testClasses.getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the build directory", e);
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireFile(Path path, String what) {
        if (!Files.exists(path)) {
            throw new IllegalStateException("The Grid tests need " + what + " at " + path);
        }
    }
}
