package io.cdpkit.cli;

import io.cdpkit.websocket.Connection;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends each line of its input as one WebSocket message; when the input ends (or a send fails),
 * closes the connection normally. Meant for its own thread: reading the input blocks.
 */
final class LineSender implements Callable<Void> {

    private final Connection connection;
    private final BufferedReader input;
    private final boolean binary;
    private final Duration timeout;
    private final Duration lingerAfterInput;

    /**
     * A sender of {@code input}'s lines as text (or, with {@code binary}, as their UTF-8 bytes);
     * each send may take up to {@code timeout}. After the input ends it waits up to
     * {@code lingerAfterInput} (null: not at all) for the server to close first.
     */
    LineSender(Connection connection, BufferedReader input, boolean binary, Duration timeout,
            Duration lingerAfterInput) {
        this.connection = connection;
        this.input = input;
        this.binary = binary;
        this.timeout = timeout;
        this.lingerAfterInput = lingerAfterInput;
    }

    @Override
    public Void call() throws Exception {
        try {
            for (String line = input.readLine(); line != null && connection.isOpen(); line = input.readLine()) {
                send(line).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
            if (lingerAfterInput != null) {
                awaitServerClose();
            }
        } finally {
            connection.close();
        }
        return null;
    }

    private CompletableFuture<Void> send(String line) {
        return binary ? connection.sendBinary(line.getBytes(StandardCharsets.UTF_8)) : connection.send(line);
    }

    private void awaitServerClose() throws Exception {
        try {
            connection.closed().get(lingerAfterInput.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillOpen) {
            // The usual case: the server did not close by itself within the wait, so we close.
        }
    }
}
