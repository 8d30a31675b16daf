package io.cdpkit.cdp;

import io.cdpkit.cdp.internal.ScriptError;
import io.cdpkit.cdp.protocol.runtime.ExceptionThrown;
import java.util.function.Consumer;

/** The exceptions the page's scripts did not catch ({@code Runtime.exceptionThrown}), told to listeners. */
final class PageErrors {

    private final Listeners<PageError> listeners = new Listeners<>("onPageError");

    PageErrors(CdpSession session) {
        session.on(ExceptionThrown.TYPE, this::onThrown);
    }

    Subscription onError(Consumer<? super PageError> listener) {
        return listeners.add(listener);
    }

    private void onThrown(ExceptionThrown thrown) {
        ScriptError error = ScriptError.of(thrown.exceptionDetails());
        listeners.announce(new PageError(error.message(), error.stack()));
    }
}
