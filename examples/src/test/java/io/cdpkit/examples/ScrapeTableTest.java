package io.cdpkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The table-scraping example: its own table page to JSON, and a selector that matches nothing. */
@Timeout(120)
class ScrapeTableTest {

    @Test
    void printsTheRowsOfItsOwnTableAsJson() throws Exception {
        ExampleRun run = ExampleRun.of(ScrapeTable::run);

        assertEquals(0, run.status(), run::toString);
        assertEquals(List.of(
                Map.of("Planet", "Mercury", "Diameter (km)", "4879", "Moons", "0"),
                Map.of("Planet", "Venus", "Diameter (km)", "12104", "Moons", "0"),
                Map.of("Planet", "Earth", "Diameter (km)", "12756", "Moons", "1"),
                Map.of("Planet", "Mars", "Diameter (km)", "6792", "Moons", "2")),
                new ObjectMapper().readValue(run.out(), List.class));
    }

    @Test
    void aSelectorThatMatchesNothingFailsWithItsName() {
        ExampleRun run = ExampleRun.of(ScrapeTable::run, "-", "#no-such-table");

        assertEquals(1, run.status(), run::toString);
        assertTrue(run.err().contains("ScrapeTable failed: ") && run.err().contains("no element matches #no-such-table"),
                run::toString);
    }
}
