package io.cdpkit.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The options every command accepts, before or after its name ({@code cdpkit --quiet html URL}
 * or {@code cdpkit html URL --quiet}): where the browser comes from, the timeout and progress
 * output. Mixed into the root command; subcommands read them with {@link #of(CommandSpec)}.
 */
final class GlobalOptions {

    /** The default of {@code --timeout}. */
    static final String DEFAULT_TIMEOUT = "30s";

    @Spec(Spec.Target.MIXEE)
    private CommandSpec root;

    @Option(names = "--browser", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "Chrome or Chromium binary to launch (default: $CHROME_PATH, else chromium, "
                    + "google-chrome... on PATH); with --grid, the binary on the Grid's node.")
    private Path browser;

    @Option(names = "--browser-url", paramLabel = "URL", scope = ScopeType.INHERIT, converter = BrowserUrl.class,
            description = "Use the browser already running at http://host:port (its --remote-debugging-port) "
                    + "instead of launching one.")
    private URI browserUrl;

    @Option(names = "--grid", paramLabel = "URL", scope = ScopeType.INHERIT, converter = HttpUrl.class,
            description = "Get the browser from the Selenium Grid at URL (e.g. http://127.0.0.1:4444).")
    private URI grid;

    @Option(names = "--headful", scope = ScopeType.INHERIT,
            description = "Run the browser with a window (needs a display).")
    private boolean headful;

    @Option(names = "--timeout", paramLabel = "DURATION", scope = ScopeType.INHERIT,
            defaultValue = DEFAULT_TIMEOUT, converter = DurationConverter.class,
            description = "Limit for each step on the page (loading, scripts, captures) and for connecting "
                    + "(30s, 2m, 500ms or seconds; default: ${DEFAULT-VALUE}). Starting a browser and opening "
                    + "a page may take at least 30s.")
    private Duration timeout;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "No progress lines on stderr (errors are still reported).")
    private boolean quiet;

    /** The global options of the {@code cdpkit} command that {@code command} belongs to. */
    static GlobalOptions of(CommandSpec command) {
        return ((CdpkitCommand) command.root().userObject()).globalOptions();
    }

    /** {@code --browser}, or null to look the binary up. */
    Path browser() {
        return browser;
    }

    /** {@code --browser-url}, or null. */
    URI browserUrl() {
        return browserUrl;
    }

    /** {@code --grid}, or null. */
    URI grid() {
        return grid;
    }

    /** True with {@code --headful}. */
    boolean headful() {
        return headful;
    }

    /** {@code --timeout}. */
    Duration timeout() {
        return timeout;
    }

    /** Where progress lines go: stderr, or nowhere with {@code --quiet}. */
    Progress progress() {
        return new Progress(root.commandLine().getErr(), quiet);
    }

    /**
     * Checks that {@code --browser-url}, which uses a running browser as it is, comes without
     * the options that choose or start one ({@code --browser}, {@code --grid}, {@code --headful}).
     *
     * @throws ParameterException naming the options that conflict
     */
    void validateBrowserSource() {
        if (browserUrl == null) {
            return;
        }
        List<String> conflicting = new ArrayList<>();
        if (browser != null) {
            conflicting.add("--browser");
        }
        if (grid != null) {
            conflicting.add("--grid");
        }
        if (headful) {
            conflicting.add("--headful");
        }
        if (!conflicting.isEmpty()) {
            throw new ParameterException(root.commandLine(), "--browser-url uses a running browser as it is: "
                    + "leave out " + String.join(" and ", conflicting));
        }
    }

    /** Accepts an {@code http(s)://} URL. */
    static final class HttpUrl implements ITypeConverter<URI> {
        @Override
        public URI convert(String value) {
            return requireScheme(value, "an http://host:port URL", "http", "https");
        }
    }

    /** Accepts a DevTools endpoint: {@code http://host:port} or a browser's {@code ws://} URL. */
    static final class BrowserUrl implements ITypeConverter<URI> {
        @Override
        public URI convert(String value) {
            return requireScheme(value, "http://host:port or ws://host:port/devtools/browser/<id>",
                    "http", "https", "ws", "wss");
        }
    }

    private static URI requireScheme(String value, String expected, String... schemes) {
        URI uri;
        try {
            uri = new URI(value.strip());
        } catch (URISyntaxException e) {
            throw new TypeConversionException("'" + value + "' is not a URL; expected " + expected);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!List.of(schemes).contains(scheme) || uri.getHost() == null) {
            throw new TypeConversionException("'" + value + "' is not " + expected);
        }
        return uri;
    }
}
