package io.cdpkit.cdp.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdpkit.cdp.Page;
import io.cdpkit.cdp.PdfOptions;
import io.cdpkit.cdp.testing.PageFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Printing to PDF, streamed to a file. */
@Timeout(90)
class PdfTest {

    private static final Pattern MEDIA_BOX = Pattern.compile("/MediaBox \\[0 0 ([\\d.]+) ([\\d.]+)\\]");

    @RegisterExtension
    static final PageFixture fixture = new PageFixture();

    @TempDir
    Path temp;

    @Test
    void aTallPageIsPrintedToAPdfFile() throws IOException {
        Page page = fixture.open("tall.html");
        Path file = temp.resolve("tall.pdf");

        page.pdf(file);

        String pdf = Files.readString(file, StandardCharsets.ISO_8859_1);
        assertTrue(pdf.startsWith("%PDF-"), pdf.substring(0, 16));
        assertTrue(pdf.stripTrailing().endsWith("%%EOF"), "ends with %%EOF");
        assertTrue(pageCount(pdf) > 10, "15,000 px of column need many letter pages: " + pageCount(pdf));
    }

    @Test
    void paperSizeOrientationAndPageRangesAreApplied() throws IOException {
        Page page = fixture.open("tall.html");
        Path file = temp.resolve("ranges.pdf");

        page.pdf(file, PdfOptions.builder().paperSize(4, 6).landscape(true).pageRanges("2-3")
                .margins(0, 0, 0, 0).printBackground(true).scale(0.5).build());

        String pdf = Files.readString(file, StandardCharsets.ISO_8859_1);
        assertEquals(2, pageCount(pdf));
        Matcher box = MEDIA_BOX.matcher(pdf);
        assertTrue(box.find(), "a media box");
        assertEquals(432, Double.parseDouble(box.group(1)), 1, "landscape 6 in wide");
        assertEquals(288, Double.parseDouble(box.group(2)), 1, "landscape 4 in high");
    }

    @Test
    void badOptionsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> PdfOptions.builder().scale(3));
        assertThrows(IllegalArgumentException.class, () -> PdfOptions.builder().paperWidth(-1));
        assertThrows(IllegalArgumentException.class, () -> PdfOptions.builder().margins(0, -0.5, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> PdfOptions.builder().pageRanges(""));
    }

    private static long pageCount(String pdf) {
        return Pattern.compile("/Type\\s*/Page[^s]").matcher(pdf).results().count();
    }
}
