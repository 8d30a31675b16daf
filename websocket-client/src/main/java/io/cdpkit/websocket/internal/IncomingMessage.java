package io.cdpkit.websocket.internal;

import io.cdpkit.websocket.Message;
import io.cdpkit.websocket.MessageType;
import io.cdpkit.websocket.WebSocketException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.CompletableFuture;
import okio.Buffer;
import okio.BufferedSource;
import okio.ByteString;
import okio.Okio;
import okio.Source;
import okio.Timeout;

/**
 * A received message and the hand-off of its payload from the reader thread to the consumer.
 * A small single-frame message arrives complete, as an array of exactly its size. Otherwise the
 * reader appends payload as it arrives into a buffer capped at {@link #STREAM_BUFFER_BYTES} and
 * blocks while it is full, so a slow stream consumer slows the peer down; {@link #buffer()} lifts
 * the cap (the reader then collects the whole message itself and completes the future),
 * {@link #discard()} drops the payload. Streamed segments are moved, not copied. All state is
 * guarded by this object's monitor.
 */
final class IncomingMessage implements Message {

    /** How much payload may wait for a stream consumer before the reader blocks. */
    static final long STREAM_BUFFER_BYTES = 1024 * 1024;

    private enum Mode { UNDECIDED, STREAM, WHOLE, DISCARD }

    private final MessageType type;
    private final Thread readerThread;
    private final Runnable beforeReaderWaits;
    private final Buffer data;
    /**
     * The payload of a message that arrived complete, until a consumer takes it: kept as an array
     * so that a queued message holds no okio segment, and moved into {@link #data} on the
     * consumer's thread, whose segment pool then both lends and takes back the segments.
     */
    private byte[] arrived;
    /** The bytes this message counts for in the receive queue; guarded by the queue's lock. */
    long queuedWeight;
    private boolean ended;
    private WebSocketException failure;
    private Mode mode = Mode.UNDECIDED;
    private boolean someoneWaits;
    private CompletableFuture<ByteString> whole;
    private CompletableFuture<String> text;
    private BufferedSource source;

    private IncomingMessage(MessageType type, Thread readerThread, Runnable beforeReaderWaits, Buffer data,
            byte[] arrived, boolean ended) {
        this.type = type;
        this.readerThread = readerThread;
        this.beforeReaderWaits = beforeReaderWaits;
        this.data = data;
        this.arrived = arrived;
        this.ended = ended;
    }

    /** A message whose whole payload has arrived. */
    static IncomingMessage complete(MessageType type, byte[] payload) {
        return new IncomingMessage(type, null, null, new Buffer(), payload, true);
    }

    /**
     * A message whose payload the reader thread is still receiving.
     *
     * @param beforeReaderWaits run on the reader thread before it blocks for the consumer
     */
    static IncomingMessage streaming(MessageType type, Thread readerThread, Runnable beforeReaderWaits) {
        return new IncomingMessage(type, readerThread, beforeReaderWaits, new Buffer(), null, false);
    }

    @Override
    public MessageType type() {
        return type;
    }

    @Override
    public synchronized boolean isComplete() {
        return ended;
    }

    /** The size of the payload held right now. */
    synchronized long bufferedBytes() {
        return arrived != null ? arrived.length : data.size();
    }

    // ---- reader side ----

    /**
     * Moves {@code chunk} into the message, blocking while a stream consumer has not caught up.
     *
     * @throws WebSocketException when the connection failed meanwhile
     */
    synchronized void append(Buffer chunk) throws InterruptedIOException {
        while ((mode == Mode.UNDECIDED || mode == Mode.STREAM) && data.size() >= STREAM_BUFFER_BYTES
                && failure == null) {
            beforeReaderWaits.run();
            awaitChange();
        }
        if (failure != null) {
            chunk.clear();
            throw failure;
        }
        if (mode == Mode.DISCARD) {
            chunk.clear();
            return;
        }
        data.write(chunk, chunk.size());
        wakeUp();
    }

    /** The last payload byte arrived. */
    void end() {
        CompletableFuture<ByteString> toComplete;
        ByteString payload = null;
        synchronized (this) {
            ended = true;
            wakeUp();
            toComplete = mode == Mode.WHOLE ? whole : null;
            if (toComplete != null) {
                payload = data.readByteString();
            }
        }
        if (toComplete != null) {
            toComplete.complete(payload);
        }
    }

    /** The connection ended before this message did; readers and the buffer future fail with {@code cause}. */
    void fail(WebSocketException cause) {
        CompletableFuture<ByteString> toFail;
        synchronized (this) {
            if (ended || failure != null) {
                return;
            }
            failure = cause;
            wakeUp();
            toFail = whole;
        }
        if (toFail != null) {
            toFail.completeExceptionally(cause);
        }
    }

    // ---- consumer side ----

    @Override
    public synchronized BufferedSource source() {
        decide(Mode.STREAM);
        if (source == null) {
            source = ended ? payload() : Okio.buffer(new PayloadSource());
        }
        return source;
    }

    @Override
    public InputStream inputStream() {
        return source().inputStream();
    }

    @Override
    public synchronized CompletableFuture<ByteString> buffer() {
        if (whole == null) {
            if (mode == Mode.WHOLE && text != null) {
                whole = text.thenApply(ByteString::encodeUtf8);
                return whole;
            }
            decide(Mode.WHOLE);
            if (ended) {
                whole = CompletableFuture.completedFuture(payload().readByteString());
            } else if (failure != null) {
                whole = CompletableFuture.failedFuture(failure);
            } else {
                whole = new CompletableFuture<>();
                wakeUp();
            }
        }
        return whole;
    }

    @Override
    public synchronized CompletableFuture<String> text() {
        if (text == null) {
            if (whole == null && ended && mode == Mode.UNDECIDED) {
                mode = Mode.WHOLE;
                text = CompletableFuture.completedFuture(payload().readUtf8());
            } else {
                text = buffer().thenApply(ByteString::utf8);
            }
        }
        return text;
    }

    @Override
    public synchronized void discard() {
        if (mode == Mode.WHOLE) {
            return;
        }
        mode = Mode.DISCARD;
        arrived = null;
        data.clear();
        wakeUp();
    }

    /** The payload of an ended message as a buffer, moving the arrived array into it first. */
    private Buffer payload() {
        if (arrived != null) {
            data.write(arrived);
            arrived = null;
        }
        return data;
    }

    private void decide(Mode wanted) {
        if (mode == wanted || mode == Mode.UNDECIDED) {
            mode = wanted;
            return;
        }
        throw new IllegalStateException("This message is already "
                + (mode == Mode.STREAM ? "being read as a stream" : mode == Mode.WHOLE ? "being buffered" : "discarded")
                + "; consume a message in one way only");
    }

    private void awaitChange() throws InterruptedIOException {
        someoneWaits = true;
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for message payload");
        }
    }

    private void wakeUp() {
        if (someoneWaits) {
            someoneWaits = false;
            notifyAll();
        }
    }

    /** The consumer's view of a payload that is still arriving. */
    private final class PayloadSource implements Source {
        private final Timeout timeout = new Timeout();

        @Override
        public long read(Buffer sink, long byteCount) throws InterruptedIOException {
            synchronized (IncomingMessage.this) {
                while (data.size() == 0) {
                    if (failure != null) {
                        throw failure;
                    }
                    if (ended || mode == Mode.DISCARD) {
                        return -1;
                    }
                    if (Thread.currentThread() == readerThread) {
                        throw new IllegalStateException("A blocking read of a message stream on the connection's"
                                + " reader thread would deadlock; read it on another thread or use buffer()");
                    }
                    someoneWaits = true;
                    timeout.waitUntilNotified(IncomingMessage.this);
                }
                long n = data.read(sink, byteCount);
                wakeUp();
                return n;
            }
        }

        @Override
        public Timeout timeout() {
            return timeout;
        }

        @Override
        public void close() {
            discard();
        }
    }
}
