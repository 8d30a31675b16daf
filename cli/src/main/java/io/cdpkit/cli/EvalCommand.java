package io.cdpkit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cdpkit.cdp.Page;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code cdpkit eval URL EXPRESSION}: runs JavaScript in a loaded page and prints the result as JSON. */
@Command(name = "eval",
        description = {
            "Loads URL, evaluates the JavaScript EXPRESSION in it (awaiting a promise) and prints the result "
                    + "as JSON on one line (undefined prints null).",
            "Example: cdpkit eval https://example.com 'document.title'"
        })
final class EvalCommand extends PageCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(index = "0", paramLabel = "URL", converter = PageUrl.class, description = "The page to load.")
    private String url;

    @Parameters(index = "1", paramLabel = "EXPRESSION",
            description = "A JavaScript expression, e.g. 'document.title' or '[...document.links].length'.")
    private String expression;

    @Override
    String url() {
        return url;
    }

    @Override
    void use(Page page, Progress progress, PrintWriter out) throws Exception {
        out.println(JSON.writeValueAsString(page.evaluate(expression)));
        out.flush();
    }
}
