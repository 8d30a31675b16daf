package io.cdpkit.cdp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.cdpkit.cdp.internal.RemoteValues;
import io.cdpkit.cdp.protocol.runtime.CallFrame;
import io.cdpkit.cdp.protocol.runtime.ConsoleAPICalled;
import io.cdpkit.cdp.protocol.runtime.RemoteObject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Consumer;

/**
 * The page's console calls ({@code Runtime.consoleAPICalled}) as {@link ConsoleMessage}s: the
 * last {@value #KEPT} are kept, and listeners hear each one.
 */
final class ConsoleLog {

    static final int KEPT = 1000;

    private final Deque<ConsoleMessage> recent = new ArrayDeque<>();
    private final Listeners<ConsoleMessage> listeners = new Listeners<>("onConsole");

    ConsoleLog(CdpSession session) {
        session.on(ConsoleAPICalled.TYPE, this::onCall);
    }

    Subscription onMessage(Consumer<? super ConsoleMessage> listener) {
        return listeners.add(listener);
    }

    List<ConsoleMessage> recent() {
        synchronized (recent) {
            return List.copyOf(recent);
        }
    }

    private void onCall(ConsoleAPICalled call) {
        ConsoleMessage message = toMessage(call);
        synchronized (recent) {
            recent.addLast(message);
            if (recent.size() > KEPT) {
                recent.removeFirst();
            }
        }
        listeners.announce(message);
    }

    private static ConsoleMessage toMessage(ConsoleAPICalled call) {
        StringJoiner text = new StringJoiner(" ");
        List<JsonNode> args = new ArrayList<>();
        for (RemoteObject arg : call.args()) {
            text.add(textOf(arg));
            args.add(arg.objectId() != null ? TextNode.valueOf(String.valueOf(arg.description())) : RemoteValues.toJson(arg));
        }
        CallFrame caller = call.stackTrace() == null || call.stackTrace().callFrames().isEmpty()
                ? null : call.stackTrace().callFrames().get(0);
        return new ConsoleMessage(call.type().value(), text.toString(), args,
                caller == null ? null : caller.url(), caller == null ? 0 : caller.lineNumber() + 1);
    }

    /** How Puppeteer prints one argument: objects as {@code JSHandle@<subtype or type>}, primitives as JavaScript does. */
    private static String textOf(RemoteObject arg) {
        if (arg.objectId() != null) {
            return "JSHandle@" + (arg.subtype() != null ? arg.subtype().value() : arg.type().value());
        }
        if (RemoteValues.isUndefined(arg)) {
            return "undefined";
        }
        if (arg.unserializableValue() != null) {
            return arg.unserializableValue().value();
        }
        return RemoteValues.toJson(arg).asText();
    }
}
