package io.cdpkit.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdpkit.cdp.Browser;
import io.cdpkit.cdp.Page;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.selenium.BrowserWebDriverContainer;

/**
 * cdpkit on a Selenium Grid in a container: Testcontainers starts Selenium's standalone Chrome
 * image, and {@link Browser#connectGrid} gets a session from it and talks CDP through the Grid,
 * as it would with any Grid. Testcontainers skips this class where no Docker engine runs.
 *
 * <pre>
 * mvn -B -pl examples test -Dtest=TestcontainersGridTest
 * </pre>
 */
@Testcontainers(disabledWithoutDocker = true)
@Timeout(300)
class TestcontainersGridTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Container
    private static final BrowserWebDriverContainer CHROME = new BrowserWebDriverContainer("selenium/standalone-chrome:4.41.0");

    @Test
    void drivesTheContainersChromeOverCdp() {
        try (Browser browser = Browser.connectGrid(CHROME.getSeleniumAddress().toString())) {
            Page page = browser.newPage();
            page.setContent("<h1>Hello from a container</h1>");

            assertEquals("Hello from a container", page.evaluate("document.querySelector('h1').textContent").asText());
            byte[] png = page.screenshot();
            assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, PNG_SIGNATURE.length));
            assertTrue(browser.version().product().contains("Chrome"), browser.version().product());
        }
    }
}
