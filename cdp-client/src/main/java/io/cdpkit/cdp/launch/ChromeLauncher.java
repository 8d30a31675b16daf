package io.cdpkit.cdp.launch;

import io.cdpkit.cdp.internal.Warmup;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Starts Chrome or Chromium and waits until its DevTools endpoint is open.
 *
 * <pre>{@code
 * try (BrowserProcess browser = ChromeLauncher.launch(LaunchOptions.defaults())) {
 *     URI endpoint = browser.webSocketUrl();
 * }
 * }</pre>
 *
 * <p>The binary comes from {@link ChromeLocator}, the arguments from {@link ChromeCommandLine}. The
 * endpoint is read from {@code <profile>/DevToolsActivePort}, which does not depend on the
 * browser's locale or log settings, with the stderr line {@code DevTools listening on ws://...} as
 * fallback. While the browser starts, the JSON binding of the wire is prepared in the background
 * (see {@link Warmup}), which a fresh JVM's first commands would otherwise wait for.
 */
public final class ChromeLauncher {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(20);
    private static final Duration EXIT_REPORT_WAIT = Duration.ofSeconds(2);

    private ChromeLauncher() {
    }

    /** Launches with {@link LaunchOptions#defaults()}. */
    public static BrowserProcess launch() {
        return launch(LaunchOptions.defaults());
    }

    /**
     * Starts the browser and returns once its DevTools endpoint is open.
     *
     * @throws BrowserNotFoundException if no binary is found or the given one is not executable
     * @throws BrowserLaunchTimeoutException if the endpoint does not open within the startup timeout
     * @throws BrowserLaunchException if the browser cannot be started or exits early; the process and
     *     its temporary profile are cleaned up before this is thrown
     */
    public static BrowserProcess launch(LaunchOptions options) {
        Path executable = ChromeLocator.system().locate(options.executable().orElse(null));
        ProfileDirectory profile = prepareProfile(options, executable);
        List<String> arguments = ChromeCommandLine.arguments(options, profile.path(),
                ChromeCommandLine.runningAsRoot());
        Launch launch = new Launch(executable, arguments, profile);
        OwnedProcess process = launch.start(options);
        Warmup.startInBackground();
        try {
            return new BrowserProcess(process, launch.awaitEndpoint(process, options.startupTimeout()),
                    executable, arguments);
        } catch (RuntimeException e) {
            process.close();
            throw e;
        }
    }

    private static ProfileDirectory prepareProfile(LaunchOptions options, Path executable) {
        try {
            return ProfileDirectory.prepare(options);
        } catch (IOException e) {
            throw new BrowserLaunchException("cannot create the profile directory: " + e, executable, List.of(),
                    "", e);
        }
    }

    /** One launch attempt: what is run, and the address the browser announces on stderr. */
    private static final class Launch {

        private final Path executable;
        private final List<String> arguments;
        private final ProfileDirectory profile;
        private final AtomicReference<DevToolsAddress> announced = new AtomicReference<>();

        Launch(Path executable, List<String> arguments, ProfileDirectory profile) {
            this.executable = executable;
            this.arguments = arguments;
            this.profile = profile;
        }

        OwnedProcess start(LaunchOptions options) {
            List<String> command = new ArrayList<>();
            command.add(executable.toString());
            command.addAll(arguments);
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().putAll(options.env());
            try {
                return OwnedProcess.start(builder,
                        line -> DevToolsAddress.fromListeningLine(line).ifPresent(announced::set), profile);
            } catch (IOException e) {
                deleteProfile();
                throw failure("cannot start the process: " + e.getMessage(), "", e);
            } catch (RuntimeException e) {
                deleteProfile();
                throw e;
            }
        }

        DevToolsAddress awaitEndpoint(OwnedProcess process, Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            try {
                while (true) {
                    Optional<DevToolsAddress> address = profile.readActivePort(process.handle())
                            .or(() -> Optional.ofNullable(announced.get()));
                    if (address.isPresent()) {
                        return address.get();
                    }
                    if (!process.isAlive()) {
                        BrowserExit exit = process.awaitExit(EXIT_REPORT_WAIT);
                        throw failure("the process exited with code " + exit.exitCode()
                                + " before opening its DevTools endpoint", exit.stderrTail(), null);
                    }
                    if (System.nanoTime() - deadline >= 0) {
                        throw new BrowserLaunchTimeoutException(timeout, executable, arguments, process.stderrTail());
                    }
                    Thread.sleep(POLL_INTERVAL.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure("interrupted while waiting for the DevTools endpoint", process.stderrTail(), e);
            }
        }

        private BrowserLaunchException failure(String problem, String stderrTail, Throwable cause) {
            return new BrowserLaunchException(problem, executable, arguments, stderrTail, cause);
        }

        private void deleteProfile() {
            try {
                profile.deleteIfTemporary(Duration.ZERO);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
