package io.cdpkit.cdp.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdpkit.cdp.ConsoleMessage;
import io.cdpkit.cdp.Dialog;
import io.cdpkit.cdp.Page;
import io.cdpkit.cdp.PageError;
import io.cdpkit.cdp.Subscription;
import io.cdpkit.cdp.testing.Await;
import io.cdpkit.cdp.testing.PageFixture;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Console messages, uncaught page errors and JavaScript dialogs. */
@Timeout(60)
class PageEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static final PageFixture fixture = new PageFixture();

    @Test
    void consoleMessagesAreFormattedLikePuppeteer() {
        Page page = fixture.page();
        List<ConsoleMessage> heard = new CopyOnWriteArrayList<>();
        page.onConsole(heard::add);

        page.navigate(fixture.url("console.html"));

        List<ConsoleMessage> kept = page.consoleMessages();
        assertEquals(3, kept.size(), kept.toString());
        assertEquals(kept, heard);
        ConsoleMessage log = kept.get(0);
        assertEquals("log", log.type());
        assertEquals("hello 42 true null undefined JSHandle@object JSHandle@array", log.text());
        assertEquals("[\"hello\", 42, true, null, null, \"Object\", \"Array(2)\"]", log.args().toString());
        assertEquals(fixture.url("console.html"), log.url());
        assertEquals(6, log.line());
        assertEquals("warning", kept.get(1).type());
        assertEquals("careful", kept.get(1).text());
        assertEquals("error", kept.get(2).type());
        assertEquals("broken JSHandle@node", kept.get(2).text());
    }

    @Test
    void consoleListenersCanBeRemovedAndUnusualValuesArePrinted() throws InterruptedException {
        Page page = fixture.page();
        List<ConsoleMessage> heard = new CopyOnWriteArrayList<>();
        Subscription subscription = page.onConsole(heard::add);

        page.evaluate("console.info(NaN, 10n, -0, 'x'.repeat(3))");
        Await.until("the first message", WAIT, () -> heard.size() == 1);
        subscription.close();
        page.evaluate("console.log('after')");
        Await.until("the second message in the history", WAIT, () -> page.consoleMessages().size() == 2);

        assertEquals(List.of("NaN 10n -0 xxx"), heard.stream().map(ConsoleMessage::text).toList());
        assertEquals("info", heard.get(0).type());
        assertEquals("after", page.consoleMessages().get(1).text(), "history keeps what no listener heard");
    }

    @Test
    void uncaughtErrorsAreReportedWithMessageAndStack() throws InterruptedException {
        Page page = fixture.page();
        List<PageError> errors = new CopyOnWriteArrayList<>();
        page.onPageError(errors::add);

        page.evaluate("setTimeout(function explode() { throw new RangeError('out of range'); }, 0)");
        page.evaluate("() => { Promise.reject(new Error('nobody listens')); }");

        Await.until("two page errors", WAIT, () -> errors.size() == 2);
        assertEquals("out of range", errors.get(0).message());
        assertTrue(errors.get(0).stack().startsWith("RangeError: out of range\n    at explode"), errors.get(0).stack());
        assertEquals("nobody listens", errors.get(1).message());
        assertTrue(errors.get(1).stack().startsWith("Error: nobody listens\n    at "), errors.get(1).stack());
    }

    @Test
    void dialogsAreAcceptedDismissedOrAnsweredByTheListener() {
        Page page = fixture.page();
        List<String> opened = new CopyOnWriteArrayList<>();
        page.onDialog(dialog -> {
            opened.add(dialog.type() + ":" + dialog.message() + ":" + dialog.defaultPrompt());
            switch (dialog.message()) {
                case "sure?" -> dialog.accept();
                case "really?" -> dialog.dismiss();
                default -> dialog.accept("Ada");
            }
        });

        assertTrue(page.evaluate("confirm('sure?')").asBoolean());
        assertFalse(page.evaluate("confirm('really?')").asBoolean());
        assertEquals("Ada", page.evaluate("prompt('name?', 'nobody')").asText());
        assertEquals(List.of("confirm:sure?:", "confirm:really?:", "prompt:name?:nobody"), opened);
    }

    @Test
    void withoutAListenerDialogsAreDismissedSoThePageGoesOn() {
        Page page = fixture.page();

        page.evaluate("alert('nobody reads this')");

        assertFalse(page.evaluate("confirm('nobody answers')").asBoolean());
        assertTrue(page.evaluate("prompt('nobody types')").isNull());
    }

    @Test
    void aDialogIsAnsweredOnlyOnceAndALeftOverOneIsDismissed() {
        Page page = fixture.page();
        List<Dialog> dialogs = new CopyOnWriteArrayList<>();
        List<RuntimeException> failures = new CopyOnWriteArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog);
            if (dialog.message().equals("twice")) {
                dialog.accept();
                failures.add(assertThrows(IllegalStateException.class, dialog::dismiss));
            }
        });

        assertTrue(page.evaluate("confirm('twice')").asBoolean());
        assertFalse(page.evaluate("confirm('left alone')").asBoolean());

        assertEquals(1, failures.size());
        assertTrue(dialogs.stream().allMatch(Dialog::isAnswered));
    }
}
