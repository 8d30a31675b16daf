package io.cdpkit.cdp.internal;

import io.cdpkit.websocket.Connection;
import io.cdpkit.websocket.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletionException;

/**
 * The body of a connection's reader thread: takes each message as soon as it starts, parses it
 * from its stream and hands the outcome to the {@link Dispatcher}, until the WebSocket ends.
 */
final class ReadLoop implements Runnable {

    private static final System.Logger LOG = System.getLogger(ReadLoop.class.getName());

    private final Connection webSocket;
    private final Dispatcher dispatcher;
    private final MessageParser parser;

    ReadLoop(Connection webSocket, Dispatcher dispatcher, MessageParser parser) {
        this.webSocket = webSocket;
        this.dispatcher = dispatcher;
        this.parser = parser;
    }

    @Override
    public void run() {
        Throwable failure = null;
        try {
            Message message;
            while ((message = webSocket.receive().join()) != null) {
                read(message);
            }
        } catch (CompletionException e) {
            failure = e.getCause() != null ? e.getCause() : e;
        } catch (RuntimeException e) {
            failure = e;
        } catch (Error e) {
            failure = e;
            throw e;
        } finally {
            dispatcher.readerEnded(failure);
        }
    }

    private void read(Message message) {
        if (message.isBinary()) {
            LOG.log(System.Logger.Level.WARNING, "ignoring a binary message: CDP messages are text");
            message.discard();
            return;
        }
        InputStream stream = message.inputStream();
        Incoming incoming = parser.parse(stream);
        skipRest(stream);
        dispatcher.accept(incoming);
    }

    /** Reads what the parser left of an unreadable message, so the next one can start. */
    private static void skipRest(InputStream stream) {
        try {
            stream.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("the message stream failed", e);
        }
    }
}
