package io.cdpkit.cdp.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdpkit.cdp.BoundingBox;
import io.cdpkit.cdp.CdpTimeoutException;
import io.cdpkit.cdp.ElementHandle;
import io.cdpkit.cdp.EvaluationException;
import io.cdpkit.cdp.Page;
import io.cdpkit.cdp.testing.PageFixture;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Waiting for selectors and functions, querying elements and reading them. */
@Timeout(60)
class WaitAndQueryTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration SHORT = Duration.ofMillis(500);

    @RegisterExtension
    static final PageFixture fixture = new PageFixture();

    private Page page;

    @BeforeEach
    void openForm() {
        page = fixture.open("form.html");
    }

    @Test
    void waitForSelectorReturnsAnElementAddedLater() {
        page.evaluate("setTimeout(() => { const p = document.createElement('p'); p.id = 'late'; p.textContent = 'arrived'; "
                + "document.body.append(p); }, 300)");

        ElementHandle late = page.waitForSelector("#late", WAIT);

        assertEquals("arrived", late.textContent());
    }

    @Test
    void waitForSelectorFindsAnElementThatIsAlreadyThere() {
        assertEquals("name", page.waitForSelector("#name").attribute("id"));
    }

    @Test
    void aSelectorThatNeverAppearsTimesOutNamingIt() {
        CdpTimeoutException timeout = assertThrows(CdpTimeoutException.class, () -> page.waitForSelector(".never", SHORT));

        assertTrue(timeout.getMessage().contains("selector '.never' to appear"), timeout.getMessage());
        assertEquals(SHORT, timeout.timeout());
    }

    @Test
    void waitForSelectorKeepsWaitingAcrossANavigation() {
        CompletableFuture<ElementHandle> waiting = CompletableFuture.supplyAsync(() -> page.waitForSelector("#greeting", WAIT));
        page.navigate(fixture.url("hello.html"));

        assertEquals("Hello", waiting.join().textContent());
    }

    @Test
    void waitForFunctionReturnsTheFirstTruthyValue() {
        page.evaluate("setTimeout(() => { window.ready = { answer: 42 }; }, 200)");

        assertEquals(42, page.waitForFunction("() => window.ready", WAIT).get("answer").asInt());
        assertEquals(7, page.waitForFunction("(a, b) => a + b", WAIT, 3, 4).asInt());
        assertTrue(page.waitForFunction("document.readyState === 'complete'", WAIT).asBoolean());
    }

    @Test
    void waitForFunctionTimesOutNamingTheFunctionAndFailsWhenItThrows() {
        CdpTimeoutException timeout = assertThrows(CdpTimeoutException.class,
                () -> page.waitForFunction("() => window.neverSet", SHORT));
        assertTrue(timeout.getMessage().contains("'() => window.neverSet' to return a truthy value"), timeout.getMessage());

        EvaluationException thrown = assertThrows(EvaluationException.class,
                () -> page.waitForFunction("() => { throw new Error('bad predicate'); }", WAIT));
        assertEquals("bad predicate", thrown.jsMessage());
    }

    @Test
    void querySelectorAndQuerySelectorAll() {
        assertNull(page.querySelector("#absent"));
        List<ElementHandle> buttons = page.querySelectorAll("button");
        assertEquals(List.of("submit", "counter", "hidden", "far"), buttons.stream().map(b -> b.attribute("id")).toList());
        assertEquals(List.of(), page.querySelectorAll(".absent"));
        ElementHandle form = page.querySelector("#form");
        assertEquals(3, form.querySelectorAll("input, textarea").size());
        assertEquals("Send", form.querySelector("button").textContent());
        assertNull(form.querySelector("#counter"));
    }

    @Test
    void elementsAreReadAndMeasured() {
        ElementHandle target = page.querySelector("#hover-target");

        assertEquals("Hover me", target.textContent());
        assertEquals("Hover me", target.innerHTML());
        assertNull(target.attribute("title"));
        BoundingBox box = target.boundingBox();
        assertEquals(120, box.width(), 0.01);
        assertEquals(40, box.height(), 0.01);
        assertNull(page.querySelector("#hidden").boundingBox(), "display:none has no box");
        assertEquals("DIV", target.evaluate("e => e.tagName").asText());
        assertEquals("Hover me!", target.evaluate(String.class, "(e, suffix) => e.textContent + suffix", "!"));
        assertEquals("hover-target", target.evaluate("this.id").asText());
    }

    @Test
    void aHandleOfAReplacedDocumentIsReportedAsGone() {
        ElementHandle name = page.querySelector("#name");
        page.navigate(fixture.url("hello.html"));

        IllegalStateException gone = assertThrows(IllegalStateException.class, name::textContent);

        assertTrue(gone.getMessage().contains("the element is gone"), gone.getMessage());
    }

    @Test
    void badSelectorsAreRejectedNamingThem() {
        assertThrows(IllegalArgumentException.class, () -> page.querySelector(null));
        assertThrows(IllegalArgumentException.class, () -> page.waitForSelector("  "));
        IllegalArgumentException invalid = assertThrows(IllegalArgumentException.class, () -> page.querySelector("##x"));
        assertTrue(invalid.getMessage().contains("'##x'"), invalid.getMessage());
        assertThrows(IllegalArgumentException.class, () -> page.waitForSelector("a[", WAIT));
        assertThrows(IllegalArgumentException.class, () -> page.waitForFunction(" ", WAIT));
    }
}
