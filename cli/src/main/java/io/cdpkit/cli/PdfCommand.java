package io.cdpkit.cli;

import io.cdpkit.cdp.Page;
import io.cdpkit.cdp.PdfOptions;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cdpkit pdf URL -o FILE}: prints a page to PDF. */
@Command(name = "pdf", description = "Prints URL to a PDF file (US Letter unless the page's CSS says otherwise).")
final class PdfCommand extends PageCommand {

    @Parameters(paramLabel = "URL", converter = PageUrl.class, description = "The page to print.")
    private String url;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The PDF file to write.")
    private Path output;

    @Option(names = "--landscape", description = "Landscape instead of portrait.")
    private boolean landscape;

    @Option(names = "--background", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Print background colours and images (default: on; --no-background for off).")
    private boolean background;

    @Override
    String url() {
        return url;
    }

    @Override
    void use(Page page, Progress progress, PrintWriter out) throws Exception {
        page.pdf(output, PdfOptions.builder()
                .landscape(landscape)
                .printBackground(background)
                .preferCssPageSize(true)
                .build());
        progress.step("wrote " + output + " (" + Sizes.describe(Files.size(output)) + ")");
    }
}
