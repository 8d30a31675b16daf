package io.cdpkit.websocket.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdpkit.websocket.ConnectionLostException;
import io.cdpkit.websocket.Message;
import io.cdpkit.websocket.MessageType;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class InboundQueueTest {

    private static IncomingMessage message(int number) {
        return IncomingMessage.complete(MessageType.TEXT, ("m" + number).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void messagesComeOutInOrderWhateverTheInterleavingOfOffersAndReceives() throws Exception {
        InboundQueue queue = new InboundQueue(() -> { });
        int count = 5000;
        Thread reader = new Thread(() -> {
            try {
                for (int i = 0; i < count; i++) {
                    queue.offer(message(i));
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        reader.start();
        for (int i = 0; i < count; i++) {
            if (i % 1500 == 0) {
                Thread.sleep(50);
            }
            Message next = queue.receive().get(10, TimeUnit.SECONDS);
            assertEquals("m" + i, next.text().get());
        }
        reader.join(10_000);
    }

    @Test
    void aFullQueueBlocksTheReaderUntilSomethingIsReceived() throws Exception {
        InboundQueue queue = new InboundQueue(() -> { });
        CompletableFuture<Void> offering = CompletableFuture.runAsync(() -> {
            try {
                for (int i = 0; i < 1025; i++) {
                    queue.offer(message(i));
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(300);
        assertTrue(!offering.isDone(), "the 1025th message waits for room");
        assertEquals("m0", queue.receive().get().text().get());
        offering.get(10, TimeUnit.SECONDS);
    }

    @Test
    void afterACleanEndQueuedMessagesThenNull() throws Exception {
        InboundQueue queue = new InboundQueue(() -> { });
        queue.offer(message(1));
        queue.end();
        assertEquals("m1", queue.receive().get().text().get());
        assertNull(queue.receive().get());
    }

    @Test
    void aFailureCompletesWaitingReceiversAndStopsTheReader() throws Exception {
        InboundQueue queue = new InboundQueue(() -> { });
        CompletableFuture<Message> waiting = queue.receive();
        ConnectionLostException cause = new ConnectionLostException("gone", null);
        queue.fail(cause);
        ExecutionException e = assertThrows(ExecutionException.class, waiting::get);
        assertSame(cause, e.getCause());
        assertThrows(ConnectionLostException.class, () -> queue.offer(message(2)));
        assertSame(cause, assertThrows(ExecutionException.class, () -> queue.receive().get()).getCause());
    }
}
