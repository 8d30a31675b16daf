package io.cdpkit.cli;

import io.cdpkit.cdp.Browser;
import io.cdpkit.cdp.BrowserContext;
import io.cdpkit.cdp.NavigateOptions;
import io.cdpkit.cdp.Page;
import io.cdpkit.cdp.Response;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of the commands that load one URL in a page and then use it (screenshot, pdf, eval,
 * html, scrape): opens the browser the global options name, an isolated context with a fresh
 * page whose calls time out after {@code --timeout}, loads the URL, waits for its load event,
 * hands the page to {@link #use}, and closes everything.
 */
abstract class PageCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        validate();
        GlobalOptions options = GlobalOptions.of(spec);
        Progress progress = options.progress();
        String url = url();
        try (Browser browser = BrowserOpener.open(options);
                BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.setDefaultTimeout(options.timeout());
            prepare(page);
            progress.step("loading " + url);
            Response response = page.navigate(url, NavigateOptions.defaults().withTimeout(options.timeout()));
            if (response != null && !response.ok()) {
                progress.step("the server answered " + response.status() + " " + response.statusText());
            }
            use(page, progress, spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }

    /** This command's spec, for its usage errors. */
    final CommandSpec spec() {
        return spec;
    }

    /**
     * Checks option combinations that picocli cannot, before any browser starts.
     *
     * @throws picocli.CommandLine.ParameterException naming the bad options
     */
    void validate() {
    }

    /** The URL to load. */
    abstract String url();

    /** Sets the page up before the URL loads (e.g. its viewport); nothing by default. */
    void prepare(Page page) {
    }

    /** Does the command's work on the loaded page: results go to {@code out}, steps to {@code progress}. */
    abstract void use(Page page, Progress progress, PrintWriter out) throws Exception;
}
