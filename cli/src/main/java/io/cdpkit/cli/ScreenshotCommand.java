package io.cdpkit.cli;

import io.cdpkit.cdp.ImageFormat;
import io.cdpkit.cdp.Page;
import io.cdpkit.cdp.ScreenshotOptions;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code cdpkit screenshot [URL] -o FILE}: saves an image of a page. */
@Command(name = "screenshot",
        description = {
            "Saves a screenshot of URL: the viewport, the whole page (--full-page) or one element (--selector).",
            "Without URL it shows a built-in page that it serves itself from 127.0.0.1 (no internet needed)."
        })
final class ScreenshotCommand extends PageCommand {

    @Parameters(arity = "0..1", paramLabel = "URL", converter = PageUrl.class,
            description = "The page to capture (default: a built-in hello page).")
    private String url;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The image file to write.")
    private Path output;

    @Option(names = "--full-page", description = "Capture the whole scrollable page, not just the viewport.")
    private boolean fullPage;

    @Option(names = "--selector", paramLabel = "CSS", description = "Capture only the first element matching CSS.")
    private String selector;

    @Option(names = "--width", paramLabel = "PIXELS", defaultValue = "1280",
            description = "Viewport width in CSS pixels (default: ${DEFAULT-VALUE}).")
    private int width;

    @Option(names = "--height", paramLabel = "PIXELS", defaultValue = "720",
            description = "Viewport height in CSS pixels (default: ${DEFAULT-VALUE}).")
    private int height;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "png, jpeg or webp (default: from FILE's extension, else png).")
    private ImageFormat format;

    @Option(names = "--quality", paramLabel = "0-100", description = "Quality of a jpeg or webp image.")
    private Integer quality;

    private BuiltInPage builtInPage;

    @Override
    public Integer call() throws Exception {
        if (url != null) {
            return super.call();
        }
        try (BuiltInPage page = BuiltInPage.serve()) {
            GlobalOptions.of(spec()).progress().step("no URL given: serving a built-in page at " + page.url());
            builtInPage = page;
            return super.call();
        }
    }

    @Override
    void validate() {
        if (fullPage && selector != null) {
            throw new ParameterException(spec().commandLine(), "Choose --full-page or --selector, not both");
        }
        if (width <= 0 || height <= 0) {
            throw new ParameterException(spec().commandLine(),
                    "--width and --height must be positive, got " + width + "x" + height);
        }
        if (quality != null && (imageFormat() == ImageFormat.PNG || quality < 0 || quality > 100)) {
            throw new ParameterException(spec().commandLine(),
                    "--quality takes 0-100 and applies to jpeg and webp only, got " + quality + " for " + imageFormat());
        }
    }

    @Override
    String url() {
        return url != null ? url : builtInPage.url();
    }

    @Override
    void prepare(Page page) {
        page.setViewport(width, height);
    }

    @Override
    void use(Page page, Progress progress, PrintWriter out) throws Exception {
        ScreenshotOptions.Builder options = ScreenshotOptions.builder().format(imageFormat()).fullPage(fullPage);
        if (selector != null) {
            options.selector(selector);
        }
        if (quality != null) {
            options.quality(quality);
        }
        page.screenshot(output, options.build());
        progress.step("wrote " + output + " (" + imageFormat().name() + ", " + Sizes.describe(Files.size(output)) + ")");
    }

    /** {@code --format}, else the one the file name suggests, else PNG. */
    private ImageFormat imageFormat() {
        if (format != null) {
            return format;
        }
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return ImageFormat.JPEG;
        }
        return name.endsWith(".webp") ? ImageFormat.WEBP : ImageFormat.PNG;
    }
}
