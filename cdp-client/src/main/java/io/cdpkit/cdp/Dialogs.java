package io.cdpkit.cdp;

import io.cdpkit.cdp.protocol.page.JavascriptDialogOpening;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The page's JavaScript dialogs ({@code Page.javascriptDialogOpening}): each goes to the
 * listeners, and one they leave open is answered by default so the page never stays blocked.
 */
final class Dialogs {

    private static final System.Logger LOG = System.getLogger(Dialogs.class.getName());

    private final CdpSession session;
    private final Supplier<Duration> callTimeout;
    private final Listeners<Dialog> listeners = new Listeners<>("onDialog");

    Dialogs(CdpSession session, Supplier<Duration> callTimeout) {
        this.session = session;
        this.callTimeout = callTimeout;
        session.on(JavascriptDialogOpening.TYPE, this::onOpening);
    }

    Subscription onDialog(Consumer<? super Dialog> listener) {
        return listeners.add(listener);
    }

    private void onOpening(JavascriptDialogOpening opening) {
        Dialog dialog = new Dialog(session, opening, callTimeout.get());
        listeners.announce(dialog);
        try {
            dialog.answerByDefault();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "could not close " + dialog + "; it may have closed by itself", e);
        }
    }
}
