package io.cdpkit.examples;

import io.cdpkit.cdp.ScreenshotOptions;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Saves a full-page PNG screenshot of a web page.
 *
 * <pre>
 * java -cp examples/target/cdpkit-examples.jar io.cdpkit.examples.Screenshot [URL|- [FILE]]
 * </pre>
 *
 * With no URL (or {@code -}) it shoots a demo page it serves itself from 127.0.0.1; the file defaults to
 * {@code screenshot.png}. Prints the file's path and size.
 */
public final class Screenshot {

    private Screenshot() {
    }

    /** Runs the example and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the example; returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        return CdpExample.run(Screenshot.class, "[URL|- [FILE]]", "index.html", 2, args, out, err, (page, url, more, result) -> {
            Path file = Path.of(more.isEmpty() ? "screenshot.png" : more.get(0));
            page.setViewport(1024, 600);
            page.navigate(url);
            page.screenshot(file, ScreenshotOptions.builder().fullPage(true).build());
            result.println("Saved " + file + " (" + Files.size(file) + " bytes)");
        });
    }
}
