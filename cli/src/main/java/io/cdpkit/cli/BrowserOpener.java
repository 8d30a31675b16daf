package io.cdpkit.cli;

import io.cdpkit.cdp.Browser;
import io.cdpkit.cdp.CdpOptions;
import io.cdpkit.cdp.grid.GridOptions;
import io.cdpkit.cdp.launch.BrowserNotFoundException;
import io.cdpkit.cdp.launch.ChromeLocator;
import io.cdpkit.cdp.launch.LaunchOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Opens the browser the {@linkplain GlobalOptions global options} ask for: one cdpkit launches
 * (the default), one already running ({@code --browser-url}), or one from a Selenium Grid
 * ({@code --grid}, where {@code --browser} names the binary on the Grid's node). A short
 * {@code --timeout} is meant for the page: starting the browser and opening a page may take at
 * least the library defaults, so a busy machine does not fail them.
 */
final class BrowserOpener {

    private BrowserOpener() {
    }

    /** Opens and connects to the browser; the caller closes it. */
    static Browser open(GlobalOptions options) {
        options.validateBrowserSource();
        Progress progress = options.progress();
        CdpOptions cdpOptions = cdpOptions(options);
        if (options.grid() != null) {
            progress.step("asking the Selenium Grid at " + options.grid() + " for a browser");
            return Browser.connectGrid(options.grid().toString(), gridOptions(options, cdpOptions));
        }
        if (options.browserUrl() != null) {
            progress.step("connecting to the browser at " + options.browserUrl());
            return Browser.connect(options.browserUrl().toString(), cdpOptions);
        }
        return Browser.launch(launchOptions(options), cdpOptions);
    }

    /**
     * The connection's settings: browser-level calls (opening a context and a page) get at least
     * the default call timeout, like starting the browser; the page's own calls get --timeout
     * (see {@link PageCommand}).
     */
    static CdpOptions cdpOptions(GlobalOptions options) {
        return CdpOptions.builder().callTimeout(atLeast(options.timeout(), CdpOptions.DEFAULT_CALL_TIMEOUT)).build();
    }

    /**
     * Finds the binary to launch ({@code --browser}, else {@code CHROME_PATH}, else the usual
     * names and places) and says which one is launched.
     *
     * @throws io.cdpkit.cdp.launch.BrowserNotFoundException if there is none
     */
    static LaunchOptions launchOptions(GlobalOptions options) {
        Path executable = options.browser() == null ? ChromeLocator.system().locate() : named(options.browser());
        options.progress().step("launching " + executable + (options.headful() ? " (with a window)" : ""));
        return LaunchOptions.builder()
                .executable(executable)
                .headless(!options.headful())
                .startupTimeout(atLeast(options.timeout(), LaunchOptions.DEFAULT_STARTUP_TIMEOUT))
                .build();
    }

    /** What to ask the Grid for: headless unless --headful, the --browser binary on the node if given. */
    static GridOptions gridOptions(GlobalOptions options, CdpOptions cdpOptions) {
        GridOptions.Builder grid = GridOptions.builder()
                .headless(!options.headful())
                .sessionTimeout(atLeast(options.timeout(), GridOptions.DEFAULT_SESSION_TIMEOUT))
                .requestTimeout(options.timeout())
                .cdpOptions(cdpOptions);
        if (options.browser() != null) {
            grid.binary(options.browser().toString());
        }
        return grid.build();
    }

    /** The longer of {@code timeout} and {@code floor}. */
    private static Duration atLeast(Duration timeout, Duration floor) {
        return timeout.compareTo(floor) > 0 ? timeout : floor;
    }

    private static Path named(Path browser) {
        if (!Files.isRegularFile(browser) || !Files.isExecutable(browser)) {
            throw new BrowserNotFoundException("--browser " + browser
                    + (Files.exists(browser) ? " is not an executable file" : " does not exist"));
        }
        return browser;
    }
}
