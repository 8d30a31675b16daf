package io.cdpkit.websocket.testing;

import java.util.Map;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/** Starts the closing handshake as soon as the connection opens, with {@code code} and {@code reason} from the query. */
public final class CloseOnOpenEndpoint extends Session.Listener.AbstractAutoDemanding {

    private final int code;
    private final String reason;

    CloseOnOpenEndpoint(Map<String, String> query) {
        this.code = Integer.parseInt(query.getOrDefault("code", "1000"));
        this.reason = query.getOrDefault("reason", "");
    }

    @Override
    public void onWebSocketOpen(Session session) {
        super.onWebSocketOpen(session);
        session.close(code, reason, Callback.NOOP);
    }
}
