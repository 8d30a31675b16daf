package io.cdpkit.examples;

import io.cdpkit.cdp.Browser;
import io.cdpkit.cdp.Page;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * What the CDP examples share, so that each of them is only its one idea: it reads
 * {@code [URL [more arguments]]}, serves the example's own page from a {@link DemoSite} on
 * 127.0.0.1 when the URL is left out or given as {@value #OWN_PAGE}, launches a headless browser (Chrome or Chromium from
 * {@code CHROME_PATH} or the PATH) with a fresh profile, opens a page, runs the example, and turns
 * the outcome into an exit status: 0 done, 1 failed, 2 bad arguments. Progress and errors go to
 * standard error, results to standard output.
 */
final class CdpExample {

    /** The URL argument that stands for the example's own page, to give the arguments after it. */
    static final String OWN_PAGE = "-";

    /** The example itself. */
    @FunctionalInterface
    interface Body {
        /**
         * Works on {@code url} in {@code page}.
         *
         * @param moreArgs the arguments after the URL
         * @param out where results go
         */
        void run(Page page, String url, List<String> moreArgs, PrintStream out) throws Exception;
    }

    private CdpExample() {
    }

    /**
     * Runs {@code body}.
     *
     * @param usage the arguments, for the usage message, e.g. {@code "[URL|- [FILE]]"}
     * @param demoPage the {@link DemoSite} page used when no URL is given
     * @param maxArgs how many arguments the example takes at most (0: it always uses its own page)
     */
    static int run(Class<?> example, String usage, String demoPage, int maxArgs, String[] args,
            PrintStream out, PrintStream err, Body body) {
        if (args.length > maxArgs) {
            err.println("usage: java -cp cdpkit-examples.jar " + example.getName() + (usage.isEmpty() ? "" : " " + usage));
            return 2;
        }
        boolean ownPage = args.length == 0 || args[0].equals(OWN_PAGE);
        try (DemoSite site = ownPage ? DemoSite.start() : null; Browser browser = Browser.launch()) {
            String url = site == null ? args[0] : site.url(demoPage).toString();
            if (site != null) {
                err.println("Serving " + url);
            }
            body.run(browser.newPage(), url, Arrays.asList(args).subList(Math.min(1, args.length), args.length), out);
            return 0;
        } catch (Exception e) {
            err.println(example.getSimpleName() + " failed: " + e);
            return 1;
        }
    }
}
