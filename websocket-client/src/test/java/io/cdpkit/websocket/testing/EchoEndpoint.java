package io.cdpkit.websocket.testing;

import java.nio.ByteBuffer;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/** Echoes every text message as text and every binary message as binary. */
public class EchoEndpoint extends Session.Listener.AbstractAutoDemanding {

    @Override
    public void onWebSocketText(String message) {
        getSession().sendText(message, Callback.NOOP);
    }

    @Override
    public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
        getSession().sendBinary(payload, callback);
    }
}
