package io.cdpkit.cdp.junit;

import io.cdpkit.cdp.Browser;
import io.cdpkit.cdp.grid.GridOptions;
import io.cdpkit.cdp.launch.LaunchOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The extension's settings, each read from a JUnit configuration parameter (which includes system
 * properties and {@code junit-platform.properties}), else from an environment variable; see
 * {@link CdpkitExtension} for the list.
 *
 * @param browser the browser binary to launch, if set
 * @param headful whether the browser shows a window
 * @param browserArgs extra browser arguments, for a launched browser or one from a Grid
 * @param browserUrl the running browser to connect to instead of launching one, if set
 * @param gridUrl the Selenium Grid to get the browser from instead, if set
 * @param browserScope the browser scope of classes that leave it to the settings
 * @param reportDir where failure reports go
 */
record CdpkitSettings(Optional<Path> browser, boolean headful, List<String> browserArgs, Optional<String> browserUrl,
        Optional<String> gridUrl, BrowserScope browserScope, Path reportDir) {

    static final String BROWSER = "cdpkit.browser";
    static final String HEADFUL = "cdpkit.headful";
    static final String BROWSER_ARGS = "cdpkit.browserArgs";
    static final String BROWSER_URL = "cdpkit.browserUrl";
    static final String GRID_URL = "cdpkit.gridUrl";
    static final String BROWSER_SCOPE = "cdpkit.browserScope";
    static final String REPORT_DIR = "cdpkit.reportDir";

    /** Where failure reports go unless {@link #REPORT_DIR} says otherwise. */
    static final Path DEFAULT_REPORT_DIR = Path.of("target", "cdpkit-reports");

    /**
     * Reads the settings that apply to {@code context}.
     *
     * @throws ExtensionConfigurationException if a value is malformed or both a browser URL and a
     *     Grid URL are set
     */
    static CdpkitSettings from(ExtensionContext context) {
        Function<String, Optional<String>> lookup = name -> context.getConfigurationParameter(name)
                .or(() -> Optional.ofNullable(System.getenv(environmentName(name))))
                .map(String::strip)
                .filter(value -> !value.isEmpty());
        Optional<String> browserUrl = lookup.apply(BROWSER_URL);
        Optional<String> gridUrl = lookup.apply(GRID_URL);
        if (browserUrl.isPresent() && gridUrl.isPresent()) {
            throw new ExtensionConfigurationException("cdpkit: set " + BROWSER_URL + " or " + GRID_URL
                    + ", not both (got " + browserUrl.get() + " and " + gridUrl.get() + ")");
        }
        return new CdpkitSettings(
                lookup.apply(BROWSER).map(Path::of),
                lookup.apply(HEADFUL).map(value -> parseBoolean(HEADFUL, value)).orElse(false),
                lookup.apply(BROWSER_ARGS).map(value -> List.of(value.split("\\s+"))).orElse(List.of()),
                browserUrl,
                gridUrl,
                lookup.apply(BROWSER_SCOPE).map(CdpkitSettings::parseScope).orElse(BrowserScope.CLASS),
                lookup.apply(REPORT_DIR).map(Path::of).orElse(DEFAULT_REPORT_DIR));
    }

    /**
     * Gets the browser these settings ask for: from the Grid, else the running browser, else a
     * launched one.
     */
    Browser openBrowser() {
        if (gridUrl.isPresent()) {
            return Browser.connectGrid(gridUrl.get(), GridOptions.builder()
                    .headless(!headful).args(browserArgs.toArray(String[]::new)).build());
        }
        if (browserUrl.isPresent()) {
            return Browser.connect(browserUrl.get());
        }
        LaunchOptions.Builder launch = LaunchOptions.builder().headless(!headful).args(browserArgs);
        browser.ifPresent(launch::executable);
        return Browser.launch(launch.build());
    }

    /** {@code cdpkit.browserUrl} -> {@code CDPKIT_BROWSER_URL}. */
    static String environmentName(String property) {
        return property.replace('.', '_').replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    private static boolean parseBoolean(String name, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ExtensionConfigurationException(
                    "cdpkit: " + name + " must be true or false, not '" + value + "'");
        };
    }

    private static BrowserScope parseScope(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "class" -> BrowserScope.CLASS;
            case "run" -> BrowserScope.RUN;
            default -> throw new ExtensionConfigurationException(
                    "cdpkit: " + BROWSER_SCOPE + " must be class or run, not '" + value + "'");
        };
    }
}
