package io.cdpkit.examples;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * One fake Autobahn case: sends its scripted messages and checks that the echoes come back in
 * order, unchanged and with the same type, then closes normally. An empty script stands for a
 * case that breaks the connection: one message, then the TCP connection is dropped.
 */
public final class CaseEndpoint extends Session.Listener.AbstractAutoDemanding {

    private final List<ScriptedMessage> script;
    private final CaseRecord record;
    private int next;

    CaseEndpoint(List<ScriptedMessage> script, CaseRecord record) {
        this.script = script;
        this.record = record;
    }

    @Override
    public void onWebSocketOpen(Session session) {
        super.onWebSocketOpen(session);
        Thread sender = new Thread(() -> {
            if (script.isEmpty()) {
                session.sendText("about to vanish", Callback.from(session::disconnect, failure -> session.disconnect()));
                record.finished = true;
            } else {
                script.forEach(message -> message.sendOn(session));
            }
        }, "fake-autobahn-sender");
        sender.setDaemon(true);
        sender.start();
    }

    @Override
    public void onWebSocketText(String message) {
        check(true, message.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
        byte[] bytes = new byte[payload.remaining()];
        payload.get(bytes);
        callback.succeed();
        check(false, bytes);
    }

    private synchronized void check(boolean text, byte[] echo) {
        if (next >= script.size()) {
            record.problems.add("unexpected extra message of " + echo.length + " bytes");
            return;
        }
        if (script.get(next).matches(text, echo)) {
            record.exactEchoes++;
        } else {
            record.problems.add("echo " + next + " differs (text=" + text + ", " + echo.length + " bytes)");
        }
        if (++next == script.size()) {
            record.finished = true;
            getSession().close(1000, "case done", Callback.NOOP);
        }
    }

    /** A client that hangs up while this side still writes is normal here; Jetty would log it as unhandled. */
    @Override
    public void onWebSocketError(Throwable cause) {
        // Nothing to do: the test checks what the client received and echoed.
    }
}
