package io.cdpkit.examples;

import io.cdpkit.websocket.CloseCodes;
import io.cdpkit.websocket.CloseInfo;
import io.cdpkit.websocket.Connection;
import io.cdpkit.websocket.Message;
import io.cdpkit.websocket.WebSocket;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Talks to an echo server: sends {@code Hello!}, then {@code Ping: 1} to {@code Ping: 3} one
 * second apart as the echoes arrive, then {@code Goodbye!}, prints every payload it receives
 * (one per line on standard output) and closes.
 *
 * <pre>
 * java -cp examples/target/cdpkit-examples.jar io.cdpkit.examples.EchoDemo [ws://host:port/path]
 * </pre>
 *
 * With no argument it starts a {@link LocalEchoServer} on 127.0.0.1 and talks to that, so it needs
 * no network. Progress and errors go to standard error.
 */
public final class EchoDemo {

    private static final Duration STEP = Duration.ofSeconds(10);

    private EchoDemo() {
    }

    /** Runs the demo and exits with 0 on success, 1 on a failure, 2 on bad arguments. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the demo, printing payloads to {@code out} and progress to {@code err}; returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 1) {
            err.println("usage: EchoDemo [ws://host:port/path]");
            return 2;
        }
        try {
            if (args.length == 1) {
                talk(URI.create(args[0]), out, err);
            } else {
                try (LocalEchoServer server = LocalEchoServer.start()) {
                    err.println("Started a local echo server at " + server.uri());
                    talk(server.uri(), out, err);
                }
            }
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("Bad argument: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println("Echo demo failed: " + e);
            return 1;
        }
    }

    private static void talk(URI uri, PrintStream out, PrintStream err) throws Exception {
        try (Connection ws = Await.result(WebSocket.connect(uri), STEP)) {
            err.println("Connected to " + uri);
            exchange(ws, "Hello!", out);
            for (int i = 1; i <= 3; i++) {
                TimeUnit.SECONDS.sleep(1);
                exchange(ws, "Ping: " + i, out);
            }
            exchange(ws, "Goodbye!", out);
            CloseInfo closed = Await.result(ws.close(CloseCodes.NORMAL, "Goodbye"), STEP);
            err.println("Closed with code " + closed.code());
        }
    }

    /** Sends {@code text} and prints the payload of the message that comes back. */
    private static void exchange(Connection ws, String text, PrintStream out) throws Exception {
        Await.result(ws.send(text), STEP);
        Message reply = Await.result(ws.receive(), STEP);
        if (reply == null) {
            throw new IllegalStateException("the server closed the connection instead of echoing '" + text + "'");
        }
        out.println(reply.isText() ? Await.result(reply.text(), STEP) : Await.result(reply.buffer(), STEP).hex());
    }
}
