package io.cdpkit.cdp.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cdpkit.cdp.CdpTimeoutException;
import io.cdpkit.cdp.Page;
import io.cdpkit.cdp.testing.PageFixture;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Real mouse and keyboard input on a form page. */
@Timeout(60)
class InputTest {

    @RegisterExtension
    static final PageFixture fixture = new PageFixture();

    private Page page;

    @BeforeEach
    void openForm() {
        page = fixture.open("form.html");
    }

    @Test
    void typeSendsKeyEventsIntoTheElement() {
        page.type("#name", "Ada L.");

        assertEquals("Ada L.", value("#name"));
        assertEquals("[\"A\",\"d\",\"a\",\" \",\"L\",\".\"]", page.evaluate("window.keys").toString());
    }

    @Test
    void typeInsertsCharactersBeyondTheKeyboardAsText() {
        page.type("#notes", "café ☕ 日本\nline two");

        assertEquals("café ☕ 日本\nline two", value("#notes"));
    }

    @Test
    void namedKeysEditAndMoveTheFocus() {
        page.type("#name", "abcd");
        page.press("Backspace");
        page.press("ArrowLeft");
        page.keyboard().type("X");
        page.press("Home");
        page.keyboard().type(">");
        assertEquals(">abXc", value("#name"));

        page.press("Tab");
        page.keyboard().type("second");

        assertEquals("second", value("#second"));
        assertEquals("second", page.evaluate("document.activeElement.id").asText());
    }

    @Test
    void chordsHoldModifiers() {
        page.type("#name", "hello world");
        page.press("Shift+Home");
        page.keyboard().type("bye");

        assertEquals("bye", value("#name"));
    }

    @Test
    void enterSubmitsTheForm() {
        page.type("#name", "submitted by Enter");
        page.press("Enter");

        assertEquals("[\"submitted by Enter\"]", page.evaluate("window.submitted").toString());
    }

    @Test
    void clickPressesAtTheElementsCentre() {
        page.click("#counter");
        page.click("#counter");

        assertEquals("Clicked 2 times", page.querySelector("#counter").textContent());
        page.type("#name", "clicked");
        page.click("#submit");
        assertEquals("[\"clicked\"]", page.evaluate("window.submitted").toString());
    }

    @Test
    void clickScrollsAnElementFarBelowIntoView() {
        assertEquals(0, page.evaluate("window.scrollY").asInt());

        page.click("#far");

        assertEquals(1, page.evaluate("window.farClicks").asInt());
        assertTrue(page.evaluate("window.scrollY").asInt() > 2000, "scrolled down to the button");
    }

    @Test
    void hoverMovesTheMouseOverTheElement() {
        page.hover("#hover-target");

        assertEquals(1, page.evaluate("window.hovered").asInt());
        JsonNode background = page.evaluate("getComputedStyle(document.getElementById('hover-target')).backgroundColor");
        assertEquals("rgb(0, 128, 0)", background.asText(), ":hover style applies");
    }

    @Test
    void mouseClicksAtCoordinates() {
        page.evaluate("document.addEventListener('click', e => { window.lastClick = [e.clientX, e.clientY, e.shiftKey]; })");

        page.keyboard().down("Shift");
        page.mouse().click(15, 25);
        page.keyboard().up("Shift");

        assertEquals("[15,25,true]", page.evaluate("window.lastClick").toString());
    }

    @Test
    void anInvisibleElementCannotBeClicked() {
        IllegalStateException hidden = assertThrows(IllegalStateException.class, () -> page.click("#hidden"));

        assertTrue(hidden.getMessage().contains("not visible"), hidden.getMessage());
    }

    @Test
    void clickingAMissingElementTimesOutNamingTheSelector() {
        page.setDefaultTimeout(Duration.ofMillis(500));

        CdpTimeoutException timeout = assertThrows(CdpTimeoutException.class, () -> page.click("#missing"));

        assertTrue(timeout.getMessage().contains("'#missing'"), timeout.getMessage());
    }

    @Test
    void unknownKeysAndBadCoordinatesAreRejected() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> page.press("Enterr"));
        assertTrue(unknown.getMessage().contains("'Enterr'"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> page.press(""));
        assertThrows(IllegalArgumentException.class, () -> page.press("Control+Nope"));
        assertThrows(IllegalArgumentException.class, () -> page.mouse().move(Double.NaN, 1));
    }

    private String value(String selector) {
        return page.querySelector(selector).evaluate("e => e.value").asText();
    }
}
