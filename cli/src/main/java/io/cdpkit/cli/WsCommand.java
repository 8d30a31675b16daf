package io.cdpkit.cli;

import io.cdpkit.websocket.CloseInfo;
import io.cdpkit.websocket.ConnectOptions;
import io.cdpkit.websocket.Connection;
import io.cdpkit.websocket.Handshake;
import io.cdpkit.websocket.Message;
import io.cdpkit.websocket.Options;
import io.cdpkit.websocket.TlsOptions;
import io.cdpkit.websocket.WebSocket;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import okio.ByteString;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code cdpkit ws URL}: an interactive WebSocket client in the spirit of wscat. */
@Command(name = "ws",
        description = {
            "Interactive WebSocket client: each line read from stdin is sent as one message, each message "
                    + "received is printed on stdout, one per line (binary ones as lowercase hex).",
            "Exits when stdin ends (after closing the connection cleanly) or when the server closes."
        })
final class WsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "URL", converter = WebSocketUrl.class, description = "ws:// or wss:// URL.")
    private Handshake handshake;

    @Option(names = {"-H", "--header"}, paramLabel = "'NAME: VALUE'", converter = RequestHeader.Converter.class,
            description = "Extra handshake request header; repeatable. 'Origin: ...' sets the origin.")
    private List<RequestHeader> headers = new ArrayList<>();

    @Option(names = {"-b", "--binary"},
            description = "Send each line as a binary message (its UTF-8 bytes) instead of text.")
    private boolean binary;

    @Option(names = "--wait", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "After stdin ends, keep printing what arrives for up to DURATION before closing.")
    private Duration wait;

    @Override
    public Integer call() throws Exception {
        GlobalOptions options = GlobalOptions.of(spec);
        Progress progress = options.progress();
        Duration timeout = options.timeout();
        progress.step("connecting to " + handshake.uri());
        try (Connection connection = connect(withHeaders(handshake), timeout)) {
            progress.step("connected: each line typed is sent; end of input (Ctrl+D) closes");
            FutureTask<Void> sending = new FutureTask<>(new LineSender(connection,
                    new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                    binary, timeout, wait));
            Thread sender = new Thread(sending, "cdpkit-ws-stdin");
            sender.setDaemon(true);
            sender.start();
            printMessages(connection, spec.commandLine().getOut());
            if (sending.isDone()) {
                sending.get();
            }
            CloseInfo closed = connection.closed().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            progress.step("closed by " + closed.initiator().name().toLowerCase(Locale.ROOT) + ": " + closed.code()
                    + (closed.reason().isEmpty() ? "" : " " + closed.reason()));
        }
        return ExitCodes.OK;
    }

    private Handshake withHeaders(Handshake base) {
        Handshake result = base;
        for (RequestHeader header : headers) {
            result = header.name().equalsIgnoreCase("Origin")
                    ? result.withOrigin(header.value())
                    : result.withHeader(header.name(), header.value());
        }
        return result;
    }

    private static Connection connect(Handshake handshake, Duration timeout) throws Exception {
        ConnectOptions connectOptions = ConnectOptions.builder()
                .connectTimeout(timeout)
                .handshakeTimeout(timeout)
                .build();
        // The connect and the handshake each have their own timeout; this bounds both together.
        return WebSocket.connect(handshake, connectOptions, TlsOptions.defaults(), Options.defaults())
                .get(timeout.multipliedBy(2).toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Prints every message until the connection closes (or fails: then this throws). */
    private static void printMessages(Connection connection, PrintWriter out) throws Exception {
        for (Message message = connection.receive().get(); message != null; message = connection.receive().get()) {
            ByteString payload = message.buffer().get();
            out.println(message.isText() ? payload.utf8() : payload.hex());
            out.flush();
        }
    }

    /** Turns the URL argument into a {@link Handshake}, rejecting anything but ws:// and wss://. */
    static final class WebSocketUrl implements ITypeConverter<Handshake> {
        @Override
        public Handshake convert(String value) {
            try {
                return Handshake.of(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** One {@code --header 'Name: value'}. */
    record RequestHeader(String name, String value) {

        /** Splits {@code Name: value} at the first colon. */
        static final class Converter implements ITypeConverter<RequestHeader> {
            @Override
            public RequestHeader convert(String value) {
                int colon = value.indexOf(':');
                if (colon <= 0 || value.substring(0, colon).isBlank()) {
                    throw new TypeConversionException("expected 'Name: value', got '" + value + "'");
                }
                return new RequestHeader(value.substring(0, colon).strip(), value.substring(colon + 1).strip());
            }
        }
    }
}
