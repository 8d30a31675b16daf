package io.cdpkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.cdpkit.cdp.Page;
import io.cdpkit.cdp.junit.CdpkitTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An end-to-end test written with cdpkit's JUnit extension: {@link CdpkitTest @CdpkitTest} hands
 * each test a fresh {@link Page} in its own browser context; the test fills in the sign-up form of
 * a site served from 127.0.0.1 and submits it. Were a test to fail, the extension would save the
 * page's screenshot, HTML and console log under {@code target/cdpkit-reports/}.
 */
@CdpkitTest
@Timeout(120)
class FormSubmissionTest {

    private static DemoSite site;

    @BeforeAll
    static void startSite() throws Exception {
        site = DemoSite.start();
    }

    @AfterAll
    static void stopSite() {
        site.close();
    }

    @BeforeEach
    void openTheForm(Page page) {
        page.navigate(site.url("form.html").toString());
    }

    @Test
    void aFilledInFormIsSubmittedAndThanked(Page page) {
        page.type("#name", "Ada Lovelace");
        page.type("#email", "ada@example.org");
        page.click("#plan-pro");
        page.click("#newsletter");

        page.click("#submit");

        assertEquals("Thank you, Ada Lovelace!", page.waitForSelector("#thanks").textContent());
        assertEquals(Map.of("name", "Ada Lovelace", "email", "ada@example.org", "plan", "pro", "newsletter", "yes"),
                submissionBy("Ada Lovelace"));
    }

    @Test
    void theBrowserKeepsAFormWithABadEmailFromBeingSent(Page page) {
        page.type("#name", "Charles Babbage");
        page.type("#email", "not an email");

        page.click("#submit");

        assertFalse(page.evaluate(Boolean.class, "document.querySelector('#email').validity.valid"));
        assertEquals(site.url("form.html").toString(), page.url(), "still on the form");
        assertEquals(List.of(), site.submissions().stream().filter(fields -> "Charles Babbage".equals(fields.get("name"))).toList());
    }

    private static Map<String, String> submissionBy(String name) {
        return site.submissions().stream().filter(fields -> name.equals(fields.get("name"))).findFirst().orElseThrow();
    }
}
