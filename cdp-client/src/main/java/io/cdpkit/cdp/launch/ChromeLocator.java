package io.cdpkit.cdp.launch;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the Chrome or Chromium binary to run, in this order: an explicit path, the
 * {@code CHROME_PATH} environment variable, the names {@link #BINARY_NAMES} in the {@code PATH}
 * directories (name by name), then a few well-known install locations.
 *
 * <p>An explicit path or {@code CHROME_PATH} that does not point to an executable file is an
 * error, never silently skipped: the caller asked for that binary.
 */
public final class ChromeLocator {

    /** Environment variable naming the browser binary. */
    public static final String CHROME_PATH = "CHROME_PATH";

    /** Names looked up on {@code PATH}, in order. */
    public static final List<String> BINARY_NAMES =
            List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");

    /** Install locations tried after {@code PATH} on Linux and macOS. */
    public static final List<Path> WELL_KNOWN_LOCATIONS = List.of(
            Path.of("/usr/bin/chromium"),
            Path.of("/usr/bin/chromium-browser"),
            Path.of("/usr/bin/google-chrome"),
            Path.of("/opt/google/chrome/chrome"),
            Path.of("/snap/bin/chromium"),
            Path.of("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"),
            Path.of("/Applications/Chromium.app/Contents/MacOS/Chromium"));

    private final Map<String, String> environment;
    private final List<Path> wellKnownLocations;

    /**
     * A locator that reads {@code CHROME_PATH} and {@code PATH} from {@code environment} and then
     * tries {@code wellKnownLocations}.
     */
    public ChromeLocator(Map<String, String> environment, List<Path> wellKnownLocations) {
        this.environment = Map.copyOf(environment);
        this.wellKnownLocations = List.copyOf(wellKnownLocations);
    }

    /** A locator for this JVM's environment and the usual install locations. */
    public static ChromeLocator system() {
        return new ChromeLocator(System.getenv(), WELL_KNOWN_LOCATIONS);
    }

    /**
     * The binary to run: {@code explicitPath} if not null, else the first match of the search order.
     *
     * @throws BrowserNotFoundException if the explicit path or {@code CHROME_PATH} is not an
     *     executable file, or nothing was found (the message lists what was searched)
     */
    public Path locate(Path explicitPath) {
        if (explicitPath != null) {
            return requireExecutable(explicitPath, "The browser executable given in LaunchOptions");
        }
        String chromePath = environment.get(CHROME_PATH);
        if (chromePath != null && !chromePath.isBlank()) {
            return requireExecutable(toPath(chromePath), "The browser named by " + CHROME_PATH);
        }
        List<Path> searchDirectories = pathDirectories();
        for (String name : BINARY_NAMES) {
            for (Path directory : searchDirectories) {
                Path candidate = directory.resolve(name);
                if (isExecutableFile(candidate)) {
                    return candidate;
                }
            }
        }
        return wellKnownLocations.stream()
                .filter(ChromeLocator::isExecutableFile)
                .findFirst()
                .orElseThrow(() -> notFound(searchDirectories));
    }

    /** Like {@link #locate(Path)} without an explicit path. */
    public Path locate() {
        return locate(null);
    }

    private List<Path> pathDirectories() {
        List<Path> directories = new ArrayList<>();
        for (String entry : environment.getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                try {
                    directories.add(Path.of(entry));
                } catch (InvalidPathException ignored) {
                    // A malformed PATH entry cannot hold a browser; the others still can.
                }
            }
        }
        return directories;
    }

    private static Path toPath(String chromePath) {
        try {
            return Path.of(chromePath);
        } catch (InvalidPathException e) {
            throw new BrowserNotFoundException(CHROME_PATH + " is not a valid path: '" + chromePath + "'");
        }
    }

    private static Path requireExecutable(Path path, String what) {
        Objects.requireNonNull(path, "path");
        if (!Files.exists(path)) {
            throw new BrowserNotFoundException(what + " does not exist: " + path);
        }
        if (!isExecutableFile(path)) {
            throw new BrowserNotFoundException(what + " is not an executable file: " + path);
        }
        return path;
    }

    private static boolean isExecutableFile(Path path) {
        return Files.isRegularFile(path) && Files.isExecutable(path);
    }

    private BrowserNotFoundException notFound(List<Path> searchDirectories) {
        return new BrowserNotFoundException("No Chrome or Chromium binary found. Searched: "
                + CHROME_PATH + " (not set), " + BINARY_NAMES + " in PATH " + searchDirectories
                + ", then " + wellKnownLocations + ". Install one (Debian/Ubuntu: apt-get install -y chromium)"
                + " or name it with the CHROME_PATH environment variable or LaunchOptions.Builder.executable(Path).");
    }
}
