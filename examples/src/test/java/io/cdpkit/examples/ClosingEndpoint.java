package io.cdpkit.examples;

import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/** Sends one text message as soon as the connection opens, then closes normally. */
public final class ClosingEndpoint extends Session.Listener.AbstractAutoDemanding {

    private final String text;

    ClosingEndpoint(String text) {
        this.text = text;
    }

    @Override
    public void onWebSocketOpen(Session session) {
        super.onWebSocketOpen(session);
        session.sendText(text, Callback.from(() -> session.close(1000, "", Callback.NOOP), failure -> { }));
    }

    /** A client that hangs up while this side still writes is normal here; Jetty would log it as unhandled. */
    @Override
    public void onWebSocketError(Throwable cause) {
        // Nothing to do: the test checks what the client received and echoed.
    }
}
