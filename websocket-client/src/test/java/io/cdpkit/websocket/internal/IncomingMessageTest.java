package io.cdpkit.websocket.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdpkit.websocket.ConnectionLostException;
import io.cdpkit.websocket.MessageType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okio.Buffer;
import okio.BufferedSource;
import okio.ByteString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class IncomingMessageTest {

    private static Buffer chunk(int size, int seed) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (seed + i);
        }
        return new Buffer().write(bytes);
    }

    @Test
    void aStreamReaderGetsPayloadAsItArrivesAndTheReaderBlocksWhenTheCapIsReached() throws Exception {
        IncomingMessage message = IncomingMessage.streaming(MessageType.BINARY, new Thread(() -> { }), () -> { });
        BufferedSource source = message.source();
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            try {
                for (int i = 0; i < 40; i++) {
                    message.append(chunk(100_000, i));
                }
                message.end();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(200);
        assertFalse(reader.isDone(), "4 MB cannot fit in the 1 MiB hand-off while nobody reads");
        Buffer expected = new Buffer();
        for (int i = 0; i < 40; i++) {
            expected.write(chunk(100_000, i), 100_000);
        }
        assertEquals(expected.readByteString(), source.readByteString());
        reader.get(10, TimeUnit.SECONDS);
    }

    @Test
    void buffersWholeWithoutAConsumerThread() throws Exception {
        IncomingMessage message = IncomingMessage.streaming(MessageType.BINARY, Thread.currentThread(), () -> { });
        message.append(chunk(10, 0));
        CompletableFuture<ByteString> whole = message.buffer();
        for (int i = 1; i < 30; i++) {
            message.append(chunk(100_000, i));
        }
        assertFalse(whole.isDone());
        message.end();
        assertEquals(10 + 29 * 100_000, whole.get().size());
        assertSame(whole, message.buffer());
    }

    @Test
    void aBlockingReadOnTheReaderThreadFailsInsteadOfDeadlocking() {
        IncomingMessage message = IncomingMessage.streaming(MessageType.TEXT, Thread.currentThread(), () -> { });
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> message.source().readByte());
        assertTrue(e.getMessage().contains("reader thread"), e.getMessage());
    }

    @Test
    void aFailureWakesABlockedStreamReaderWithTheCause() throws Exception {
        IncomingMessage message = IncomingMessage.streaming(MessageType.BINARY, new Thread(() -> { }), () -> { });
        CompletableFuture<Byte> read = CompletableFuture.supplyAsync(() -> {
            try {
                return message.source().readByte();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(100);
        assertFalse(read.isDone());
        ConnectionLostException cause = new ConnectionLostException("reset", null);
        message.fail(cause);
        ExecutionException e = assertThrows(ExecutionException.class, () -> read.get(10, TimeUnit.SECONDS));
        assertSame(cause, e.getCause());
    }

    @Test
    void discardDropsTheRestAndConsumingTwoWaysIsRefused() throws Exception {
        IncomingMessage message = IncomingMessage.streaming(MessageType.BINARY, Thread.currentThread(), () -> { });
        message.source();
        assertThrows(IllegalStateException.class, message::buffer);
        message.discard();
        for (int i = 0; i < 50; i++) {
            message.append(chunk(100_000, i));
        }
        message.end();
        assertEquals(0, message.bufferedBytes());
        assertThrows(IllegalStateException.class, message::text);
    }

    @Test
    void aStreamingMessageIsCompleteOnlyOnceItsEndArrived() throws Exception {
        IncomingMessage message = IncomingMessage.streaming(MessageType.BINARY, Thread.currentThread(), () -> { });
        assertFalse(message.isComplete());
        message.append(chunk(1000, 0));
        assertFalse(message.isComplete(), "payload held, but more may come");
        message.end();
        assertTrue(message.isComplete());
        assertEquals(1000, message.source().readByteString().size(), "reading to the end does not block");
        assertTrue(message.isComplete(), "and stays complete once read");
    }

    @Test
    void aMessageCutOffByAFailureNeverBecomesComplete() throws Exception {
        IncomingMessage message = IncomingMessage.streaming(MessageType.BINARY, Thread.currentThread(), () -> { });
        message.append(chunk(10, 0));
        message.fail(new ConnectionLostException("reset", null));
        assertFalse(message.isComplete());
    }

    @Test
    void textAndBufferOfACompleteMessageAgree() throws Exception {
        IncomingMessage message = IncomingMessage.complete(MessageType.TEXT, "héllo".getBytes(StandardCharsets.UTF_8));
        assertTrue(message.isComplete());
        assertEquals("héllo", message.text().get());
        assertEquals(ByteString.encodeUtf8("héllo"), message.buffer().get());
    }

    @Test
    void aCompleteMessageCountsItsBytesUntilTheyAreRead() throws Exception {
        IncomingMessage message = IncomingMessage.complete(MessageType.BINARY, new byte[] {1, 2, 3});
        assertEquals(3, message.bufferedBytes());

        assertEquals(ByteString.of((byte) 1, (byte) 2, (byte) 3), message.source().readByteString());
        assertEquals(0, message.bufferedBytes());
    }

    @Test
    void discardingACompleteMessageDropsItsBytes() {
        IncomingMessage message = IncomingMessage.complete(MessageType.TEXT, "gone".getBytes(StandardCharsets.UTF_8));
        message.discard();

        assertEquals(0, message.bufferedBytes());
    }
}
