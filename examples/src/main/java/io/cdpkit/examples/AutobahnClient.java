package io.cdpkit.examples;

import io.cdpkit.websocket.CloseInfo;
import io.cdpkit.websocket.Connection;
import io.cdpkit.websocket.DeflateOptions;
import io.cdpkit.websocket.Handshake;
import io.cdpkit.websocket.Message;
import io.cdpkit.websocket.Options;
import io.cdpkit.websocket.WebSocket;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Drives the Autobahn|Testsuite fuzzing server in client mode: asks {@code /getCaseCount}, runs
 * every {@code /runCase?case=N&agent=A} by echoing each message back unchanged and with the same
 * type until the server closes, then calls {@code /updateReports?agent=A} and exits 0.
 *
 * <pre>
 * java -cp examples/target/cdpkit-examples.jar io.cdpkit.examples.AutobahnClient ws://127.0.0.1:9001 cdpkit [--deflate]
 * </pre>
 *
 * {@code --deflate} offers permessage-deflate. A case that fails the connection (as many
 * fuzzing cases are meant to) is reported on its progress line and the run goes on.
 */
public final class AutobahnClient {

    /** Long enough for Autobahn's slow cases and its 16 MiB messages on a busy machine. */
    private static final Duration STEP = Duration.ofSeconds(120);

    private final String baseUrl;
    private final String agent;
    private final Options options;
    private final PrintStream out;

    private AutobahnClient(String baseUrl, String agent, boolean deflate, PrintStream out) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.agent = URLEncoder.encode(agent, StandardCharsets.UTF_8);
        this.options = deflate ? Options.builder().deflate(DeflateOptions.defaults()).build() : Options.defaults();
        this.out = out;
    }

    /** Runs every case; exits 0 after the reports were updated, 1 on a failure, 2 on bad arguments. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs every case, printing one line per case to {@code out}; returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> arguments = List.of(args);
        boolean deflate = arguments.contains("--deflate");
        List<String> positional = arguments.stream().filter(a -> !a.equals("--deflate")).toList();
        if (positional.size() != 2) {
            err.println("usage: AutobahnClient <baseUrl> <agent> [--deflate]   (for example ws://127.0.0.1:9001 cdpkit)");
            return 2;
        }
        try {
            new AutobahnClient(positional.get(0), positional.get(1), deflate, out).runAll();
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("Bad argument: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println("Autobahn run failed: " + e);
            return 1;
        }
    }

    private void runAll() throws Exception {
        int count = caseCount();
        out.println("Running " + count + " cases as agent " + agent);
        for (int n = 1; n <= count; n++) {
            out.println("case " + n + "/" + count + ": " + runCase(n));
        }
        try (Connection reports = connect("/updateReports?agent=" + agent)) {
            Await.result(reports.closed(), STEP);
        }
        out.println("Reports updated for agent " + agent);
    }

    private int caseCount() throws Exception {
        try (Connection ws = connect("/getCaseCount")) {
            Message message = Await.result(ws.receive(), STEP);
            if (message == null) {
                throw new IllegalStateException("the server closed without sending the case count");
            }
            return Integer.parseInt(Await.result(message.text(), STEP).trim());
        }
    }

    /** Echoes every message of case {@code n} until the server closes; describes how it ended. */
    private String runCase(int n) {
        long echoed = 0;
        try (Connection ws = connect("/runCase?case=" + n + "&agent=" + agent)) {
            for (Message message = Await.result(ws.receive(), STEP); message != null;
                    message = Await.result(ws.receive(), STEP)) {
                if (message.isText()) {
                    Await.result(ws.send(Await.result(message.text(), STEP)), STEP);
                } else {
                    Await.result(ws.sendBinary(Await.result(message.buffer(), STEP)), STEP);
                }
                echoed++;
            }
            CloseInfo closed = Await.result(ws.closed(), STEP);
            return "echoed " + echoed + ", closed " + closed.code() + " by " + closed.initiator();
        } catch (Exception e) {
            return "echoed " + echoed + ", then the connection failed: " + e;
        }
    }

    private Connection connect(String pathAndQuery) throws Exception {
        return Await.result(WebSocket.connect(Handshake.of(URI.create(baseUrl + pathAndQuery)), options), STEP);
    }
}
