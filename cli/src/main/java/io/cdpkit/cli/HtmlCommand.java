package io.cdpkit.cli;

import io.cdpkit.cdp.Page;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code cdpkit html URL}: prints a page's HTML as the browser rendered it. */
@Command(name = "html",
        description = "Loads URL and prints its document as HTML after scripts ran (the live DOM, doctype included).")
final class HtmlCommand extends PageCommand {

    @Parameters(paramLabel = "URL", converter = PageUrl.class, description = "The page to load.")
    private String url;

    @Override
    String url() {
        return url;
    }

    @Override
    void use(Page page, Progress progress, PrintWriter out) {
        out.println(page.content());
        out.flush();
    }
}
