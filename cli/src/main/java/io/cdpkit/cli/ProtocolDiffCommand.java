package io.cdpkit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.cdpkit.cdp.discovery.BrowserVersion;
import io.cdpkit.cdp.discovery.DevToolsEndpoint;
import io.cdpkit.cdp.launch.BrowserProcess;
import io.cdpkit.cdp.launch.ChromeLauncher;
import io.cdpkit.cli.SchemaDifference.Side;
import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cdpkit protocol diff}: the running browser's protocol against the pinned bindings. */
@Command(name = "diff",
        description = {
            "Lists the domains, types, commands, events, parameters, results, properties and enum values "
                    + "that the browser's protocol (/json/protocol) has and cdpkit's pinned bindings lack, "
                    + "and the reverse. Prints 'no differences' when they match.",
            "Launches a browser unless --browser-url names a running one (its http://host:port)."
        })
final class ProtocolDiffCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--exit-code", description = "Exit with 1 when there are differences (like git diff).")
    private boolean exitCode;

    @Override
    public Integer call() {
        GlobalOptions options = GlobalOptions.of(spec);
        options.validateBrowserSource();
        if (options.grid() != null) {
            throw new ParameterException(spec.commandLine(), "protocol diff reads the browser's /json/protocol, "
                    + "which a Selenium Grid does not serve: use --browser-url or let cdpkit launch a browser");
        }
        JsonNode pinned = PinnedSchema.load();
        List<SchemaDifference> differences = options.browserUrl() == null
                ? compareWithLaunchedBrowser(pinned, options)
                : compare(pinned, endpoint(options.browserUrl(), options), options.progress());
        print(differences, spec.commandLine().getOut());
        return exitCode && !differences.isEmpty() ? ExitCodes.FAILURE : ExitCodes.OK;
    }

    private List<SchemaDifference> compareWithLaunchedBrowser(JsonNode pinned, GlobalOptions options) {
        try (BrowserProcess browser = ChromeLauncher.launch(BrowserOpener.launchOptions(options))) {
            return compare(pinned, DevToolsEndpoint.of(browser.httpUrl(), options.timeout()), options.progress());
        }
    }

    private DevToolsEndpoint endpoint(URI browserUrl, GlobalOptions options) {
        try {
            return DevToolsEndpoint.of(browserUrl, options.timeout());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "protocol diff needs the browser's http://host:port "
                    + "endpoint: " + e.getMessage());
        }
    }

    private static List<SchemaDifference> compare(JsonNode pinned, DevToolsEndpoint endpoint, Progress progress) {
        BrowserVersion version = endpoint.version();
        progress.step("comparing the protocol of " + version.browser() + " (" + endpoint.baseUrl()
                + ") with the pinned bindings");
        return SchemaDiff.compare(pinned, endpoint.protocol());
    }

    private static void print(List<SchemaDifference> differences, PrintWriter out) {
        if (differences.isEmpty()) {
            out.println("no differences");
        }
        printSide(differences, Side.BROWSER_ONLY, "In the browser, not in the pinned bindings", out);
        printSide(differences, Side.PINNED_ONLY, "In the pinned bindings, not in the browser", out);
        out.flush();
    }

    private static void printSide(List<SchemaDifference> differences, Side side, String heading, PrintWriter out) {
        List<SchemaDifference> shown = differences.stream().filter(difference -> difference.side() == side).toList();
        if (!shown.isEmpty()) {
            out.println(heading + " (" + shown.size() + "):");
            shown.forEach(difference -> out.printf("  %-11s %s%n", difference.kind(), difference.name()));
        }
    }
}
