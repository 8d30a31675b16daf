package io.cdpkit.examples;

import java.nio.ByteBuffer;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/** Echoes text as text and binary as binary. */
public final class EchoEndpoint extends Session.Listener.AbstractAutoDemanding {

    @Override
    public void onWebSocketText(String message) {
        getSession().sendText(message, Callback.NOOP);
    }

    @Override
    public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
        getSession().sendBinary(payload, callback);
    }
}
