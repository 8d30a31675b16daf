package io.cdpkit.cdp;

import io.cdpkit.cdp.protocol.page.HandleJavaScriptDialog;
import io.cdpkit.cdp.protocol.page.JavascriptDialogOpening;
import io.cdpkit.cdp.protocol.page.PageDomain;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A JavaScript dialog the page opened ({@code alert}, {@code confirm}, {@code prompt},
 * {@code beforeunload}); the page is blocked until it is answered. Answer it once, from the
 * {@link Page#onDialog onDialog} listener: a dialog still open when the listeners return is
 * dismissed ({@code beforeunload} dialogs are accepted, so the page can go).
 */
public final class Dialog {

    private final CdpSession session;
    private final JavascriptDialogOpening opening;
    private final Duration timeout;
    private final AtomicBoolean answered = new AtomicBoolean();

    Dialog(CdpSession session, JavascriptDialogOpening opening, Duration timeout) {
        this.session = session;
        this.opening = opening;
        this.timeout = timeout;
    }

    /** The kind of dialog: {@code alert}, {@code confirm}, {@code prompt} or {@code beforeunload}. */
    public String type() {
        return opening.type().value();
    }

    /** The message the page shows. */
    public String message() {
        return opening.message();
    }

    /** The default text of a {@code prompt}; empty for other dialogs. */
    public String defaultPrompt() {
        return opening.defaultPrompt() == null ? "" : opening.defaultPrompt();
    }

    /** The URL of the frame that opened the dialog. */
    public String url() {
        return opening.url();
    }

    /**
     * Presses OK; a {@code prompt} returns its default text.
     *
     * @throws IllegalStateException if the dialog was already answered
     */
    public void accept() {
        answer(PageDomain.handleJavaScriptDialog(true));
    }

    /**
     * Types {@code promptText} into a {@code prompt} and presses OK.
     *
     * @throws IllegalStateException if the dialog was already answered
     */
    public void accept(String promptText) {
        Objects.requireNonNull(promptText, "promptText");
        answer(PageDomain.handleJavaScriptDialog(true).withPromptText(promptText));
    }

    /**
     * Presses Cancel (or closes an {@code alert}).
     *
     * @throws IllegalStateException if the dialog was already answered
     */
    public void dismiss() {
        answer(PageDomain.handleJavaScriptDialog(false));
    }

    /** True once the dialog was answered. */
    public boolean isAnswered() {
        return answered.get();
    }

    /** Answers a dialog no listener answered: accepts {@code beforeunload}, dismisses the others. */
    void answerByDefault() {
        if (!isAnswered()) {
            answer(PageDomain.handleJavaScriptDialog("beforeunload".equals(type())));
        }
    }

    private void answer(HandleJavaScriptDialog command) {
        if (!answered.compareAndSet(false, true)) {
            throw new IllegalStateException("the " + type() + " dialog '" + message() + "' was already answered");
        }
        session.send(command, timeout);
    }

    @Override
    public String toString() {
        return "Dialog[" + type() + ": " + message() + "]";
    }
}
