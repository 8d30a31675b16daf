package io.cdpkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The PDF example against a page of a demo site the test serves. */
@Timeout(120)
class PdfTest {

    @TempDir
    Path temp;

    @Test
    void printsAPageToAOnePagePdf() throws Exception {
        Path file = temp.resolve("planets.pdf");
        try (DemoSite site = DemoSite.start()) {

            ExampleRun run = ExampleRun.of(Pdf::run, site.url("table.html").toString(), file.toString());

            assertEquals(0, run.status(), run::toString);
            assertEquals("Saved " + file + " (" + Files.size(file) + " bytes)", run.out().strip());
            assertTrue(site.requestedPaths().contains("/table.html"), site.requestedPaths()::toString);
        }
        String pdf = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertTrue(pdf.startsWith("%PDF-"), "PDF header");
        assertTrue(pdf.stripTrailing().endsWith("%%EOF"), "PDF trailer");
        assertEquals(1, pdf.split("/Type /Page\\b", -1).length - 1, "one page");
    }
}
