package io.cdpkit.websocket.internal;

import io.cdpkit.websocket.ConnectionLostException;
import io.cdpkit.websocket.MessageType;
import io.cdpkit.websocket.WebSocketException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import okio.Buffer;
import okio.ByteString;
import okio.Source;

/**
 * The outgoing side of a connection. Messages are encoded into masked frames on the sending
 * thread, under one lock, so they leave in the order they were accepted; then the first sender
 * that finds the socket idle writes everything queued (flat combining): no writer thread, no
 * thread hop on the hot path, and concurrent sends go out in one socket write. Control frames
 * jump ahead of data not yet written (at frame boundaries). A send's future completes once its
 * frames are queued within {@code maxQueuedBytes}, or else once they have been written; a large
 * binary message is not copied at all but masked on its way to the socket, so its future
 * completes once it is written.
 */
final class SendQueue {

    /** Batches of data frames are cut at about this size so control frames can slip in between. */
    private static final long BATCH_BYTES = 256 * 1024;
    private static final int STREAM_CHUNK = 64 * 1024;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition drained = lock.newCondition();
    private final FrameOutput output;
    private final MessageEncoder encoder;
    private final long maxQueuedBytes;
    private final int streamChunk;
    private final Consumer<WebSocketException> onFailure;
    private final Supplier<WebSocketException> closedError;

    private final ArrayDeque<Buffer> control = new ArrayDeque<>();
    private final ArrayDeque<QueuedFrames> data = new ArrayDeque<>();
    private final ArrayDeque<DeferredSend> deferred = new ArrayDeque<>();
    private long queuedBytes;
    private boolean writing;
    private volatile Thread readerThread;
    private BooleanSupplier readerHasInput;
    /** Only touched by the reader thread. */
    private boolean deferredByReader;
    private boolean streaming;
    private boolean closeQueued;
    private WebSocketException failure;

    /** Only touched by the thread that set {@link #writing}. */
    private final Buffer batch = new Buffer();
    private final List<CompletableFuture<Void>> batchFutures = new ArrayList<>();


    /**
     * Frames of one message, and the future to complete once written (null when already
     * completed). For a large binary message, {@code frames} holds only the header and
     * {@code payload} the bytes still to be masked with {@code maskKey} as they are written.
     */
    private record QueuedFrames(Buffer frames, ByteBuffer payload, int maskKey, CompletableFuture<Void> future) {
        long size() {
            return frames.size() + (payload == null ? 0 : payload.remaining());
        }
    }

    /** A message sent while a streamed message was in progress; encoded once the stream ends. */
    private record DeferredSend(MessageType type, Object payload, long size, CompletableFuture<Void> future) {
    }

    /**
     * @param output writes to the socket
     * @param splitSize the frame size of streamed messages, 0 for the default of 64 KiB
     * @param onFailure fails the connection when a write fails or times out
     * @param closedError makes the exception for sends after the close started
     */
    SendQueue(FrameOutput output, MessageEncoder encoder, long maxQueuedBytes, int splitSize,
            Consumer<WebSocketException> onFailure, Supplier<WebSocketException> closedError) {
        this.output = output;
        this.encoder = encoder;
        this.maxQueuedBytes = maxQueuedBytes;
        this.streamChunk = splitSize > 0 ? splitSize : STREAM_CHUNK;
        this.onFailure = onFailure;
        this.closedError = closedError;
    }

    /**
     * Tells which thread is the connection's reader and what input it has buffered. The reader
     * never writes for long, and defers its own sends while more input is buffered, so echoes of
     * a burst of messages go out in one write ({@link #flushDeferred()}).
     */
    void setReader(Thread thread, BooleanSupplier hasBufferedInput) {
        readerHasInput = hasBufferedInput;
        readerThread = thread;
    }

    /** Called by the reader thread before it may block: writes what it deferred. */
    void flushDeferred() {
        if (deferredByReader) {
            deferredByReader = false;
            flush(false);
        }
    }

    /** Queues a text message; {@code utf8Length} was computed (and the text checked) by the caller. */
    CompletableFuture<Void> sendText(String text, long utf8Length) {
        return send(MessageType.TEXT, text, utf8Length);
    }

    /** Queues a binary message holding the remaining bytes of {@code data}. */
    CompletableFuture<Void> sendBinary(ByteBuffer data) {
        return send(MessageType.BINARY, data, data.remaining());
    }

    private CompletableFuture<Void> send(MessageType type, Object payload, long size) {
        CompletableFuture<Void> result;
        lock.lock();
        try {
            if (failure != null || closeQueued) {
                return CompletableFuture.failedFuture(closedError.get());
            }
            if (streaming) {
                result = new CompletableFuture<>();
                deferred.add(new DeferredSend(type, payload, size, result));
                return result;
            }
            result = encodeAndQueue(type, payload, size, null);
        } finally {
            lock.unlock();
        }
        flush();
        return result;
    }

    /** Encodes a text (String) or binary (ByteBuffer) message of {@code size} bytes and queues it. */
    private CompletableFuture<Void> encodeAndQueue(MessageType type, Object payload, long size,
            CompletableFuture<Void> future) {
        Buffer frames = new Buffer();
        if (type == MessageType.TEXT) {
            encoder.text(frames, (String) payload, size);
        } else if (encoder.isDirect(size)) {
            int maskKey = encoder.header(frames, Opcodes.FIN | Opcodes.BINARY, size);
            CompletableFuture<Void> pending = future == null ? new CompletableFuture<>() : future;
            queuedBytes += frames.size() + size;
            data.add(new QueuedFrames(frames, (ByteBuffer) payload, maskKey, pending));
            return pending;
        } else {
            encoder.binary(frames, (ByteBuffer) payload);
        }
        return queue(frames, future);
    }

    /** Queues encoded data frames; returns a future that is complete unless the queue is over its limit. */
    private CompletableFuture<Void> queue(Buffer frames, CompletableFuture<Void> future) {
        long size = frames.size();
        boolean fits = queuedBytes == 0 || queuedBytes + size <= maxQueuedBytes;
        queuedBytes += size;
        if (fits) {
            data.add(new QueuedFrames(frames, null, 0, null));
            if (future == null) {
                return CompletableFuture.completedFuture(null);
            }
            future.complete(null);
            return future;
        }
        CompletableFuture<Void> pending = future == null ? new CompletableFuture<>() : future;
        data.add(new QueuedFrames(frames, null, 0, pending));
        return pending;
    }

    /** Queues a ping or pong ahead of data; returns false when the connection is closing or failed. */
    boolean sendControl(int opcode, ByteString payload) {
        lock.lock();
        try {
            if (failure != null || closeQueued) {
                return false;
            }
            Buffer frame = new Buffer();
            encoder.control(frame, opcode, payload);
            control.add(frame);
        } finally {
            lock.unlock();
        }
        flush();
        return true;
    }

    /**
     * Queues the close frame after all data already queued; nothing is sent after it. Returns
     * false if a close frame was already queued or the connection failed.
     */
    boolean sendClose(ByteString payload) {
        lock.lock();
        try {
            if (failure != null || closeQueued) {
                return false;
            }
            Buffer frame = new Buffer();
            encoder.control(frame, Opcodes.CLOSE, payload);
            closeQueued = true;
            queue(frame, null);
            failDeferred();
        } finally {
            lock.unlock();
        }
        flush(false);
        return true;
    }

    /**
     * Streams one message from {@code body} on the calling thread, as a fragmented message;
     * other messages wait. Returns once the last fragment is queued.
     */
    CompletableFuture<Void> stream(MessageType type, Source body) {
        CompletableFuture<Void> result = new CompletableFuture<>();
        lock.lock();
        try {
            if (failure != null || closeQueued) {
                return CompletableFuture.failedFuture(closedError.get());
            }
            if (streaming) {
                deferred.add(new DeferredSend(type, body, 0, result));
                return result;
            }
            streaming = true;
        } finally {
            lock.unlock();
        }
        runStream(type, body, result);
        return result;
    }

    private void runStream(MessageType type, Source body, CompletableFuture<Void> result) {
        while (true) {
            new StreamedMessage(type, body, streamChunk, this).sendAll(result, onFailure);
            DeferredSend next = endStreamAndReplay();
            if (next == null) {
                return;
            }
            type = next.type();
            body = (Source) next.payload();
            result = next.future();
        }
    }

    /** Ends the stream, encodes the messages that waited for it, and returns the next deferred stream, if any. */
    private DeferredSend endStreamAndReplay() {
        lock.lock();
        try {
            streaming = false;
            while (!deferred.isEmpty()) {
                DeferredSend next = deferred.poll();
                if (next.payload() instanceof Source) {
                    streaming = true;
                    return next;
                }
                encodeAndQueue(next.type(), next.payload(), next.size(), next.future());
            }
            return null;
        } finally {
            lock.unlock();
            flush();
        }
    }

    /**
     * Queues one fragment of a streamed message, consuming {@code chunk}, then waits while the
     * queue is over its limit.
     *
     * @throws WebSocketException when the connection ended
     */
    void sendFragment(int opcode, boolean first, boolean last, Buffer chunk) {
        lock.lock();
        try {
            if (failure != null) {
                throw closedError.get();
            }
            Buffer frames = new Buffer();
            encoder.fragment(frames, opcode, first, last, chunk);
            queue(frames, null);
        } finally {
            lock.unlock();
        }
        flush();
        awaitRoom();
    }

    /** Blocks a streaming sender while more than {@code maxQueuedBytes} wait to be written. */
    private void awaitRoom() {
        if (Thread.currentThread() == readerThread) {
            flushDeferred();
        }
        lock.lock();
        try {
            while (queuedBytes > maxQueuedBytes && failure == null) {
                drained.awaitUninterruptibly();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Writes queued frames unless another thread is already doing so; returns when the queue is
     * empty or another thread took over.
     */
    void flush() {
        flush(true);
    }

    /** Like {@link #flush()}; with {@code mayDefer} the reader thread defers while it has input to process. */
    private void flush(boolean mayDefer) {
        if (Thread.currentThread() == readerThread) {
            if (mayDefer && readerHasInput.getAsBoolean()) {
                deferredByReader = true;
                return;
            }
            deferredByReader = false;
        }
        lock.lock();
        try {
            if (writing || failure != null || isEmpty()) {
                return;
            }
            writing = true;
        } finally {
            lock.unlock();
        }
        drainAsOwner();
    }

    /**
     * Writes batches while this thread owns the writer, and releases it once the queue is empty.
     * Threads that must not block for long hand the work on instead: the timer thread at once,
     * the reader thread after one batch or before a large message (a reader stuck writing while
     * the peer waits for it to read would deadlock both).
     */
    private void drainAsOwner() {
        boolean onReader = Thread.currentThread() == readerThread;
        int batchesLeft = Timers.isTimerThread() ? 0 : onReader ? 1 : Integer.MAX_VALUE;
        while (true) {
            QueuedFrames large;
            lock.lock();
            try {
                drained.signalAll();
                if (failure != null || isEmpty()) {
                    writing = false;
                    return;
                }
                if (batchesLeft == 0 || (onReader && control.isEmpty() && data.peek().payload() != null)) {
                    CompletableFuture.runAsync(this::drainAsOwner);
                    return;
                }
                batchesLeft--;
                large = takeBatch();
            } finally {
                lock.unlock();
            }
            try {
                if (large != null) {
                    output.writeMasked(large.frames(), large.payload(), large.maskKey());
                } else {
                    output.write(batch);
                }
            } catch (IOException | RuntimeException e) {
                batch.clear();
                batchFutures.clear();
                release();
                onFailure.accept(new ConnectionLostException("Writing to the socket failed: " + e.getMessage(), e));
                return;
            }
            for (CompletableFuture<Void> future : batchFutures) {
                future.complete(null);
            }
            batchFutures.clear();
        }
    }

    private boolean isEmpty() {
        return control.isEmpty() && data.isEmpty();
    }

    /**
     * Moves control frames, then whole data messages up to about {@link #BATCH_BYTES}, into the
     * batch; or returns a large binary message, which is written on its own.
     */
    private QueuedFrames takeBatch() {
        while (!control.isEmpty()) {
            Buffer frame = control.poll();
            batch.write(frame, frame.size());
        }
        while (!data.isEmpty() && (batch.size() == 0 || batch.size() + data.peek().size() <= BATCH_BYTES)) {
            QueuedFrames next = data.peek();
            if (next.payload() != null && batch.size() > 0) {
                break;
            }
            data.poll();
            queuedBytes -= next.size();
            if (next.future() != null) {
                batchFutures.add(next.future());
            }
            if (next.payload() != null) {
                return next;
            }
            batch.write(next.frames(), next.frames().size());
        }
        return null;
    }

    private void release() {
        lock.lock();
        try {
            writing = false;
            drained.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Shuts the queue when the connection ends: completes every send still waiting exceptionally
     * with {@code cause}, refuses new ones, and frees the compressor.
     */
    void shutDown(WebSocketException cause) {
        List<CompletableFuture<Void>> pending = new ArrayList<>();
        lock.lock();
        try {
            if (failure != null) {
                return;
            }
            failure = cause;
            for (QueuedFrames frames : data) {
                if (frames.future() != null) {
                    pending.add(frames.future());
                }
            }
            data.clear();
            control.clear();
            queuedBytes = 0;
            for (DeferredSend send : deferred) {
                pending.add(send.future());
            }
            deferred.clear();
            output.stop();
            encoder.close();
            drained.signalAll();
        } finally {
            lock.unlock();
        }
        for (CompletableFuture<Void> future : pending) {
            future.completeExceptionally(cause);
        }
    }

    private void failDeferred() {
        for (DeferredSend send : deferred) {
            send.future().completeExceptionally(closedError.get());
        }
        deferred.clear();
    }

    /** True once all queued frames, the close frame included, are written. */
    boolean isIdle() {
        lock.lock();
        try {
            return !writing && data.isEmpty() && control.isEmpty();
        } finally {
            lock.unlock();
        }
    }
}
