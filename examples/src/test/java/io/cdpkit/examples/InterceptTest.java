package io.cdpkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The interception example: images blocked, the JSON API mocked, on its own shop page. */
@Timeout(120)
class InterceptTest {

    @Test
    void blocksTheImagesAndMocksTheApi() {
        ExampleRun run = ExampleRun.of(Intercept::run);

        assertEquals(0, run.status(), run::toString);
        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.stream().filter(line -> line.matches("Blocked http://127\\.0\\.0\\.1:\\d+/images/\\w+\\.svg")).count(),
                run::toString);
        assertTrue(lines.stream().anyMatch(line -> line.matches("Mocked http://127\\.0\\.0\\.1:\\d+/api/products")), run::toString);
        assertTrue(lines.contains("Images shown: 0 of 3"), run::toString);
        assertEquals("The page lists: Mocked teapot, Mocked kettle", lines.get(lines.size() - 1));
    }

    @Test
    void takesNoArguments() {
        ExampleRun run = ExampleRun.of(Intercept::run, "http://127.0.0.1:1/");

        assertEquals(2, run.status(), run::toString);
        assertEquals("usage: java -cp cdpkit-examples.jar io.cdpkit.examples.Intercept", run.err().strip());
    }
}
