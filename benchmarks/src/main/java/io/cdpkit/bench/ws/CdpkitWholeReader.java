package io.cdpkit.bench.ws;

import io.cdpkit.websocket.Connection;
import io.cdpkit.websocket.Message;
import java.util.concurrent.CompletableFuture;

/**
 * Receives whole messages from a cdpkit connection with future callbacks, so the handler runs
 * on the reader thread without a thread hop. Messages that are already there are handled in a
 * loop rather than by nested callbacks, so a burst of queued messages cannot deepen the stack.
 */
final class CdpkitWholeReader {

    private final Connection connection;
    private final EchoHandler handler;

    CdpkitWholeReader(Connection connection, EchoHandler handler) {
        this.connection = connection;
        this.handler = handler;
    }

    /** Handles messages until one is not there yet, then continues when it arrives. */
    void receiveNext() {
        while (true) {
            CompletableFuture<Message> next = connection.receive();
            if (!next.isDone()) {
                next.whenComplete((message, error) -> {
                    if (handle(message, error)) {
                        receiveNext();
                    }
                });
                return;
            }
            if (!handle(next.getNow(null), error(next))) {
                return;
            }
        }
    }

    /** Handles one message; true when the next one may be received right away (it was handled synchronously). */
    private boolean handle(Message message, Throwable error) {
        if (error != null) {
            handler.onError(error);
            return false;
        }
        if (message == null) {
            return false;
        }
        CompletableFuture<?> delivered = message.isText()
                ? message.text().thenAccept(handler::onText)
                : message.buffer().thenAccept(bytes -> handler.onBinary(bytes.asByteBuffer(), true));
        if (delivered.isDone()) {
            Throwable failure = error(delivered);
            if (failure != null) {
                handler.onError(failure);
            }
            return failure == null;
        }
        delivered.whenComplete((ignored, failure) -> {
            if (failure != null) {
                handler.onError(failure);
            } else {
                receiveNext();
            }
        });
        return false;
    }

    private static Throwable error(CompletableFuture<?> done) {
        try {
            done.join();
            return null;
        } catch (RuntimeException e) {
            return e.getCause() != null ? e.getCause() : e;
        }
    }
}
