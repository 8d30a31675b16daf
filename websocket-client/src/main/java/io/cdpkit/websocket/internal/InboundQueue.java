package io.cdpkit.websocket.internal;

import io.cdpkit.websocket.Message;
import io.cdpkit.websocket.WebSocketException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Meets received messages with {@code receive()} calls, in order. Messages that nobody asked
 * for yet wait in a small bounded queue (by count and by bytes); when it is full the reader
 * thread blocks, so a consumer that stops receiving stops the reader and the peer feels TCP
 * backpressure.
 */
final class InboundQueue {

    private static final int MAX_READY_MESSAGES = 1024;
    private static final long MAX_READY_BYTES = 4L * 1024 * 1024;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition readerWakeUp = lock.newCondition();
    private final ArrayDeque<IncomingMessage> ready = new ArrayDeque<>();
    private final ArrayDeque<CompletableFuture<Message>> waiting = new ArrayDeque<>();
    private long readyBytes;
    private boolean ended;
    private boolean bounded = true;
    private WebSocketException failure;
    private final Runnable beforeReaderWaits;

    /** @param beforeReaderWaits run on the reader thread before it blocks for room */
    InboundQueue(Runnable beforeReaderWaits) {
        this.beforeReaderWaits = beforeReaderWaits;
    }

    /** The next message (complete or still arriving), null after a clean close, or the failure. */
    CompletableFuture<Message> receive() {
        lock.lock();
        try {
            IncomingMessage next = ready.poll();
            if (next != null) {
                readyBytes -= next.queuedWeight;
                readerWakeUp.signal();
                return CompletableFuture.completedFuture(next);
            }
            if (failure != null) {
                return CompletableFuture.failedFuture(failure);
            }
            if (ended) {
                return CompletableFuture.completedFuture(null);
            }
            CompletableFuture<Message> future = new CompletableFuture<>();
            waiting.add(future);
            readerWakeUp.signal();
            return future;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Hands {@code message} to a waiting receiver, or queues it; blocks while the queue is full.
     *
     * @throws WebSocketException when the connection failed meanwhile
     */
    void offer(IncomingMessage message) throws InterruptedIOException {
        while (true) {
            CompletableFuture<Message> receiver;
            lock.lock();
            try {
                receiver = awaitReceiverOrRoom();
                if (receiver == null) {
                    ready.add(message);
                    message.queuedWeight = message.bufferedBytes();
                    readyBytes += message.queuedWeight;
                    return;
                }
            } finally {
                lock.unlock();
            }
            if (receiver.complete(message)) {
                return;
            }
        }
    }

    /** Waits until a receiver is waiting (returned) or the queue has room (null returned). */
    private CompletableFuture<Message> awaitReceiverOrRoom() throws InterruptedIOException {
        while (true) {
            if (failure != null) {
                throw failure;
            }
            CompletableFuture<Message> receiver = waiting.poll();
            if (receiver != null) {
                return receiver;
            }
            if (!bounded || (ready.size() < MAX_READY_MESSAGES && readyBytes < MAX_READY_BYTES)) {
                return null;
            }
            beforeReaderWaits.run();
            try {
                readerWakeUp.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("Interrupted while waiting for a receiver");
            }
        }
    }

    /**
     * A streamed message has ended: if nobody received it yet, its payload now counts against
     * the queue's byte limit.
     */
    void ended(IncomingMessage message) {
        lock.lock();
        try {
            if (ready.peekLast() == message) {
                long size = message.bufferedBytes();
                readyBytes += size - message.queuedWeight;
                message.queuedWeight = size;
            }
        } finally {
            lock.unlock();
        }
    }

    /** From now on the reader never blocks here (the client is closing and waits for the server's close frame). */
    void stopBlocking() {
        lock.lock();
        try {
            bounded = false;
            readerWakeUp.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** No more messages will come: receivers get the queued ones, then null. */
    void end() {
        finish(null);
    }

    /** The connection failed: receivers get the complete queued messages, then {@code cause}. */
    void fail(WebSocketException cause) {
        finish(cause);
    }

    private void finish(WebSocketException cause) {
        ArrayDeque<CompletableFuture<Message>> receivers;
        lock.lock();
        try {
            if (ended) {
                return;
            }
            ended = true;
            failure = cause;
            receivers = new ArrayDeque<>(waiting);
            waiting.clear();
            readerWakeUp.signalAll();
        } finally {
            lock.unlock();
        }
        for (CompletableFuture<Message> receiver : receivers) {
            if (cause == null) {
                receiver.complete(null);
            } else {
                receiver.completeExceptionally(cause);
            }
        }
    }
}
