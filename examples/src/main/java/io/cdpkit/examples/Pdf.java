package io.cdpkit.examples;

import io.cdpkit.cdp.PdfOptions;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints a web page to PDF, backgrounds included; the PDF streams from the browser straight to
 * the file.
 *
 * <pre>
 * java -cp examples/target/cdpkit-examples.jar io.cdpkit.examples.Pdf [URL|- [FILE]]
 * </pre>
 *
 * With no URL (or {@code -}) it prints a demo page it serves itself from 127.0.0.1; the file defaults to
 * {@code page.pdf}. Prints the file's path and size.
 */
public final class Pdf {

    private Pdf() {
    }

    /** Runs the example and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the example; returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        return CdpExample.run(Pdf.class, "[URL|- [FILE]]", "index.html", 2, args, out, err, (page, url, more, result) -> {
            Path file = Path.of(more.isEmpty() ? "page.pdf" : more.get(0));
            page.navigate(url);
            page.pdf(file, PdfOptions.builder().printBackground(true).build());
            result.println("Saved " + file + " (" + Files.size(file) + " bytes)");
        });
    }
}
