package io.cdpkit.cdp.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command-line arguments the launcher passes to Chrome: automation-friendly defaults (close to
 * Puppeteer's), the headless set, {@code --no-sandbox} when running as root, the DevTools port, the
 * profile directory, the caller's extra arguments and the start page.
 */
public final class ChromeCommandLine {

    /**
     * Flags always passed (unless excluded with {@link LaunchOptions.Builder#excludeDefaultFlags}):
     * no first-run UI, no traffic of its own (updates, sync, metrics, QUIC), no throttling of
     * background pages (automation drives several at once), no crash uploader, stable rendering.
     */
    public static final List<String> DEFAULT_FLAGS = List.of(
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-quic",
            "--disable-default-apps",
            "--disable-extensions",
            "--disable-client-side-phishing-detection",
            "--disable-search-engine-choice-screen",
            "--metrics-recording-only",
            "--disable-breakpad",
            "--disable-dev-shm-usage",
            "--disable-background-timer-throttling",
            "--disable-backgrounding-occluded-windows",
            "--disable-renderer-backgrounding",
            "--disable-hang-monitor",
            "--disable-ipc-flooding-protection",
            "--disable-popup-blocking",
            "--disable-prompt-on-repost",
            "--disable-features=Translate,MediaRouter,OptimizationHints,AcceptCHFrame",
            "--password-store=basic",
            "--use-mock-keychain",
            "--force-color-profile=srgb");

    /** Flags added when headless: no window, no GPU, no scrollbars in screenshots, no sound. */
    public static final List<String> HEADLESS_FLAGS =
            List.of("--headless", "--disable-gpu", "--hide-scrollbars", "--mute-audio");

    /** Added when this JVM runs as root, where Chrome refuses to start with its sandbox on. */
    public static final String NO_SANDBOX = "--no-sandbox";

    private static final String START_PAGE = "about:blank";

    private ChromeCommandLine() {
    }

    /** The arguments (without the binary) for {@code options}, the profile and the user's rights. */
    static List<String> arguments(LaunchOptions options, Path userDataDir, boolean runningAsRoot) {
        List<String> arguments = new ArrayList<>();
        for (String flag : DEFAULT_FLAGS) {
            addUnlessExcluded(arguments, flag, options);
        }
        if (options.headless()) {
            arguments.addAll(HEADLESS_FLAGS);
        }
        if (runningAsRoot && !options.args().contains(NO_SANDBOX)) {
            addUnlessExcluded(arguments, NO_SANDBOX, options);
        }
        arguments.add("--remote-debugging-port=" + options.remoteDebuggingPort());
        arguments.add(userDataDirArgument(userDataDir));
        arguments.addAll(options.args());
        if (options.args().stream().allMatch(arg -> arg.startsWith("-"))) {
            arguments.add(START_PAGE);
        }
        return List.copyOf(arguments);
    }

    /** {@code --user-data-dir=<absolute path>}: also how the browser's processes are recognised. */
    static String userDataDirArgument(Path userDataDir) {
        return "--user-data-dir=" + userDataDir.toAbsolutePath();
    }

    /** The switch part of a flag: {@code --disable-features} for {@code --disable-features=X}. */
    static String switchName(String flag) {
        int equals = flag.indexOf('=');
        return equals < 0 ? flag : flag.substring(0, equals);
    }

    /**
     * Whether this process runs as root (uid 0): the owner of {@code /proc/self} on Linux, the
     * {@code user.name} property elsewhere.
     */
    static boolean runningAsRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException noProcfs) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static void addUnlessExcluded(List<String> arguments, String flag, LaunchOptions options) {
        if (!options.excludedDefaultFlags().contains(switchName(flag))) {
            arguments.add(flag);
        }
    }
}
