package io.cdpkit.cdp.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cdpkit.cdp.CdpTimeoutException;
import io.cdpkit.cdp.ElementHandle;
import io.cdpkit.cdp.EvaluationException;
import io.cdpkit.cdp.Page;
import io.cdpkit.cdp.testing.PageFixture;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Page.evaluate: expressions, functions with arguments, typed results, page exceptions. */
@Timeout(60)
class EvaluateTest {

    @RegisterExtension
    static final PageFixture fixture = new PageFixture();

    private Page page;

    record Point(int x, int y) {
    }

    @BeforeEach
    void openHello() {
        page = fixture.open("hello.html");
    }

    @Test
    void expressionsAndFunctionsWithArguments() {
        assertEquals(3, page.evaluate("1 + 2").asInt());
        assertEquals("Hello", page.evaluate("document.getElementById('greeting').textContent").asText());
        assertEquals(5, page.evaluate("(a, b) => a + b", 2, 3).asInt());
        assertEquals("ab", page.evaluate("function (a, b) { return a + b; }", "a", "b").asText());
        assertEquals(42, page.evaluate("o => o.x * o.y", new Point(6, 7)).asInt());
        assertEquals(3, page.evaluate("list => list.length", List.of("a", "b", "c")).asInt());
        assertEquals("v", page.evaluate("({ k }) => k", Map.of("k", "v")).asText());
    }

    @Test
    void typedResultsAreConvertedWithJackson() {
        assertEquals(42, page.evaluate(Integer.class, "6 * 7"));
        assertEquals("Hello from cdpkit", page.evaluate(String.class, "document.title"));
        assertEquals(new Point(1, 2), page.evaluate(Point.class, "({ x: 1, y: 2 })"));
        assertEquals(List.of(1, 2, 3), page.evaluate(List.class, "[1, 2, 3]"));
        assertNull(page.evaluate(String.class, "undefined"));
        IllegalArgumentException mismatch = assertThrows(IllegalArgumentException.class,
                () -> page.evaluate(Point.class, "'not a point'"));
        assertTrue(mismatch.getMessage().contains(Point.class.getName()), mismatch.getMessage());
    }

    @Test
    void promisesAreAwaited() {
        assertEquals("later", page.evaluate("new Promise(resolve => setTimeout(() => resolve('later'), 20))").asText());
        assertEquals(6, page.evaluate("async n => { await new Promise(r => setTimeout(r, 10)); return n * 2; }", 3).asInt());
    }

    @Test
    void specialValuesKeepTheirMeaning() {
        assertTrue(page.evaluate("undefined").isNull());
        assertTrue(page.evaluate("null").isNull());
        JsonNode notANumber = page.evaluate("NaN");
        assertTrue(notANumber.isDouble() && Double.isNaN(notANumber.doubleValue()), notANumber.toString());
        assertEquals(Double.POSITIVE_INFINITY, page.evaluate("1 / 0").doubleValue());
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(page.evaluate("-0").doubleValue()));
        assertEquals(new BigInteger("12345678901234567890"), page.evaluate("12345678901234567890n").bigIntegerValue());
        assertTrue(page.evaluate("x => x === null", (Object) null).asBoolean());
        assertTrue(page.evaluate("x => Number.isNaN(x)", Double.NaN).asBoolean());
        assertTrue(page.evaluate("x => x === -Infinity", Double.NEGATIVE_INFINITY).asBoolean());
    }

    @Test
    void valuesWithoutJsonFormAreHandled() {
        assertEquals("{}", page.evaluate("document.body").toString());
        EvaluationException circular = assertThrows(EvaluationException.class,
                () -> page.evaluate("(() => { const a = {}; a.self = a; return a; })()"));
        assertTrue(circular.getMessage().contains("cannot be returned as JSON"), circular.getMessage());
        assertThrows(EvaluationException.class, () -> page.evaluate("Symbol('s')"));
    }

    @Test
    void thrownErrorsBecomeEvaluationExceptionsWithMessageAndStack() {
        EvaluationException error = assertThrows(EvaluationException.class,
                () -> page.evaluate("() => {\n  throw new TypeError('boom');\n}"));

        assertEquals("boom", error.jsMessage());
        assertTrue(error.jsStack().startsWith("TypeError: boom\n    at "), error.jsStack());
        assertTrue(error.getMessage().contains("TypeError: boom"), error.getMessage());
        assertEquals(2, error.line());
    }

    @Test
    void otherThrownValuesRejectionsAndSyntaxErrorsAlsoFail() {
        assertEquals("plain", assertThrows(EvaluationException.class, () -> page.evaluate("(() => { throw 'plain'; })()")).jsMessage());
        assertEquals("nope", assertThrows(EvaluationException.class, () -> page.evaluate("Promise.reject(new Error('nope'))")).jsMessage());
        EvaluationException syntax = assertThrows(EvaluationException.class, () -> page.evaluate("1 +* 2"));
        assertTrue(syntax.jsStack().startsWith("SyntaxError"), syntax.jsStack());
    }

    @Test
    void elementHandlesArePassedAsTheElements() {
        ElementHandle heading = page.querySelector("#greeting");

        assertEquals("greeting", page.evaluate("element => element.id", heading).asText());
        assertEquals("H1:x", page.evaluate("(element, suffix) => element.tagName + suffix", heading, ":x").asText());
    }

    @Test
    void asyncTwinCompletesWithTheValue() {
        assertEquals(10, page.evaluateAsync("n => n * 2", 5).join().asInt());
    }

    @Test
    void badScriptsAndArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> page.evaluate(" "));
        assertThrows(IllegalArgumentException.class, () -> page.evaluate((String) null));
        IllegalArgumentException args = assertThrows(IllegalArgumentException.class, () -> page.evaluate("document.title", 1));
        assertTrue(args.getMessage().contains("'document.title'"), args.getMessage());
    }

    @Test
    void aPromiseThatNeverSettlesTimesOutNamingTheScript() {
        page.setDefaultTimeout(Duration.ofMillis(700));

        CdpTimeoutException timeout = assertThrows(CdpTimeoutException.class, () -> page.evaluate("new Promise(() => {})"));

        assertTrue(timeout.getMessage().contains("the result of 'new Promise(() => {})'"), timeout.getMessage());
    }
}
