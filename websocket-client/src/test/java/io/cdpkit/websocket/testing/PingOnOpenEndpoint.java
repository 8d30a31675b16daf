package io.cdpkit.websocket.testing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * Pings the client with {@code payload} as soon as the connection opens and reports the pong it
 * gets back as the text message {@code "pong:<payload>"}; echoes otherwise.
 */
public final class PingOnOpenEndpoint extends EchoEndpoint {

    private final String payload;

    PingOnOpenEndpoint(Map<String, String> query) {
        this.payload = query.getOrDefault("payload", "");
    }

    @Override
    public void onWebSocketOpen(Session session) {
        super.onWebSocketOpen(session);
        session.sendPing(ByteBuffer.wrap(payload.getBytes(StandardCharsets.UTF_8)), Callback.NOOP);
    }

    @Override
    public void onWebSocketPong(ByteBuffer pong) {
        getSession().sendText("pong:" + StandardCharsets.UTF_8.decode(pong), Callback.NOOP);
    }
}
