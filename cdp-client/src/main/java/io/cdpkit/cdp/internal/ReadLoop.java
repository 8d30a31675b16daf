package io.cdpkit.cdp.internal;

import io.cdpkit.websocket.Connection;
import io.cdpkit.websocket.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * Takes the WebSocket's messages one at a time, in arrival order, parses each from its stream
 * and hands the outcome to the {@link Dispatcher}, until the WebSocket ends.
 *
 * <p>Threads: a message that has fully arrived ({@link Message#isComplete()}, which small
 * messages are) is parsed right where its {@code receive()} future completes, normally on the
 * WebSocket's reader thread: reading it never blocks, and it saves a thread hand-off per
 * message. A message still streaming in (a multi-MB screenshot) is parsed on the
 * {@code streamReader}, which blocks on the stream while the WebSocket's reader feeds it; that
 * thread then goes on receiving. The next message is asked for only after the previous one was
 * dispatched, so the order holds whichever thread parses.
 */
final class ReadLoop {

    private static final System.Logger LOG = System.getLogger(ReadLoop.class.getName());

    private final Connection webSocket;
    private final Dispatcher dispatcher;
    private final MessageParser parser;
    private final Executor streamReader;
    private final Consumer<Throwable> onEnd;

    /**
     * @param streamReader runs the parsing of messages still streaming in; once it refuses work
     *     (the connection is ending), such messages are dropped
     * @param onEnd called once when the WebSocket ended: with null after a clean close, else with the failure
     */
    ReadLoop(Connection webSocket, Dispatcher dispatcher, MessageParser parser, Executor streamReader,
            Consumer<Throwable> onEnd) {
        this.webSocket = webSocket;
        this.dispatcher = dispatcher;
        this.parser = parser;
        this.streamReader = streamReader;
        this.onEnd = onEnd;
    }

    /** Starts receiving; returns at once. */
    void start() {
        receiveNext();
    }

    /**
     * Handles the messages that are already there, in a loop (never recursing), then leaves a
     * callback for the next one, or returns once another thread took over.
     */
    private void receiveNext() {
        while (true) {
            CompletableFuture<Message> next = webSocket.receive();
            if (!next.isDone()) {
                next.whenComplete((message, failure) -> {
                    if (handle(message, failure)) {
                        receiveNext();
                    }
                });
                return;
            }
            Message message;
            try {
                message = next.join();
            } catch (CompletionException e) {
                handle(null, e.getCause() != null ? e.getCause() : e);
                return;
            }
            if (!handle(message, null)) {
                return;
            }
        }
    }

    /** Handles one outcome of {@code receive()}; true if this thread should go on receiving. */
    private boolean handle(Message message, Throwable failure) {
        if (failure != null || message == null) {
            onEnd.accept(failure);
            return false;
        }
        if (!message.isComplete()) {
            handOver(message);
            return false;
        }
        return readSafely(message);
    }

    /** Parses a message still arriving on the stream reader, which then goes on receiving. */
    private void handOver(Message message) {
        try {
            streamReader.execute(() -> {
                if (readSafely(message)) {
                    receiveNext();
                }
            });
        } catch (RejectedExecutionException closing) {
            message.discard();
            receiveNext();
        }
    }

    /** Reads one message; false (after reporting the end) if the stream or the dispatch failed. */
    private boolean readSafely(Message message) {
        try {
            read(message);
            return true;
        } catch (RuntimeException e) {
            onEnd.accept(e);
            return false;
        } catch (Error e) {
            onEnd.accept(e);
            throw e;
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

    /**
     * Reads what the parser left of an unreadable message, so the next one can start. The parser
     * almost always read the message to its end: then this costs one read and no buffer.
     */
    private static void skipRest(InputStream stream) {
        try {
            while (stream.read() != -1) {
                stream.skip(Long.MAX_VALUE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the message stream failed", e);
        }
    }
}
