package io.cdpkit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cdpkit.cdp.Page;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cdpkit scrape URL --selector CSS [--attr NAME]}: matching elements as JSON lines. */
@Command(name = "scrape",
        description = {
            "Loads URL and prints one JSON object per element matching --selector, one per line: "
                    + "{\"text\": ...} with the element's text (trimmed), or with --attr the named attributes "
                    + "(null when absent), e.g. {\"href\": \"/docs\"}.",
            "Example: cdpkit scrape https://example.com --selector a --attr href | jq -r .href"
        })
final class ScrapeCommand extends PageCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Runs in the page: one object per match, in document order. */
    private static final String MATCHES = """
            (selector, attributes) => Array.from(document.querySelectorAll(selector), element =>
                attributes.length === 0
                    ? {text: element.textContent.trim()}
                    : Object.fromEntries(attributes.map(name => [name, element.getAttribute(name)])))
            """;

    @Parameters(paramLabel = "URL", converter = PageUrl.class, description = "The page to load.")
    private String url;

    @Option(names = "--selector", required = true, paramLabel = "CSS", description = "Which elements.")
    private String selector;

    @Option(names = "--attr", paramLabel = "NAME", description = "Print this attribute instead of the text; repeatable.")
    private List<String> attributes = new ArrayList<>();

    @Override
    String url() {
        return url;
    }

    @Override
    void use(Page page, Progress progress, PrintWriter out) throws Exception {
        JsonNode matches = page.evaluate(MATCHES, selector, attributes);
        for (JsonNode match : matches) {
            out.println(JSON.writeValueAsString(match));
        }
        out.flush();
        progress.step(matches.size() + (matches.size() == 1 ? " element matches " : " elements match ") + selector);
    }
}
