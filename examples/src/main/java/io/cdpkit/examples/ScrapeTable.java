package io.cdpkit.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;

/**
 * Turns an HTML table into JSON: one object per body row, keyed by the header cells, printed on
 * standard output. The work happens in one JavaScript function evaluated in the page.
 *
 * <pre>
 * java -cp examples/target/cdpkit-examples.jar io.cdpkit.examples.ScrapeTable [URL|- [CSS-SELECTOR]]
 * </pre>
 *
 * With no URL (or {@code -}) it scrapes a table of planets it serves itself from 127.0.0.1; the selector
 * defaults to {@code table}.
 */
public final class ScrapeTable {

    /** Reads the rows of the table {@code selector} matches as objects keyed by its header cells. */
    private static final String ROWS_AS_OBJECTS = """
            (selector) => {
              const table = document.querySelector(selector);
              if (!table) throw new Error('no element matches ' + selector);
              const headerRow = table.tHead ? table.tHead.rows[0] : table.rows[0];
              const headers = [...headerRow.cells].map(cell => cell.textContent.trim());
              const bodyRows = [...table.rows].filter(row => row !== headerRow);
              return bodyRows.map(row => Object.fromEntries(
                  [...row.cells].map((cell, i) => [headers[i] || 'column ' + (i + 1), cell.textContent.trim()])));
            }""";

    private ScrapeTable() {
    }

    /** Runs the example and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the example; returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        return CdpExample.run(ScrapeTable.class, "[URL|- [CSS-SELECTOR]]", "table.html", 2, args, out, err,
                (page, url, more, result) -> {
                    page.navigate(url);
                    JsonNode rows = page.evaluate(ROWS_AS_OBJECTS, more.isEmpty() ? "table" : more.get(0));
                    result.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(rows));
                });
    }
}
