package io.cdpkit.cdp.internal;

import io.cdpkit.cdp.CdpException;
import io.cdpkit.cdp.CdpSessionClosedException;
import io.cdpkit.cdp.CdpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** Waits for futures on behalf of the blocking API methods. */
public final class Blocking {

    private Blocking() {
    }

    /**
     * Waits for {@code future} (which has a timeout of its own) and returns its value or throws
     * its failure. The CDP exceptions, made afresh for each call on another thread, get the
     * caller's stack trace, which is the one worth reading.
     *
     * @param what what is waited for, for the message when the wait is interrupted
     * @throws CancellationException if the thread is interrupted; its interrupt flag stays set
     */
    public static <T> T await(CompletableFuture<T> future, String what) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(false);
            throw interrupted(what, e);
        } catch (ExecutionException e) {
            throw rethrowable(e.getCause());
        }
    }

    /**
     * Waits up to {@code timeout} for {@code future}, for waits that have no timeout of their own.
     *
     * @param method the command or event waited for, for the timeout exception
     * @param what what is waited for, e.g. {@code "the new page to attach"}
     * @throws CdpTimeoutException after {@code timeout}
     * @throws CancellationException if the thread is interrupted; its interrupt flag stays set
     */
    public static <T> T await(CompletableFuture<T> future, Duration timeout, String method, String what) {
        return await(future, timeout, () -> new CdpTimeoutException(method, timeout, what), what);
    }

    /**
     * Waits up to {@code timeout} for {@code future}.
     *
     * @param timeoutFailure makes the exception thrown after {@code timeout}
     * @param what what is waited for, for the message when the wait is interrupted
     * @throws CancellationException if the thread is interrupted; its interrupt flag stays set
     */
    static <T> T await(CompletableFuture<T> future, Duration timeout,
            Supplier<? extends RuntimeException> timeoutFailure, String what) {
        try {
            return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw timeoutFailure.get();
        } catch (InterruptedException e) {
            throw interrupted(what, e);
        } catch (ExecutionException e) {
            throw rethrowable(e.getCause());
        }
    }

    private static CancellationException interrupted(String what, InterruptedException cause) {
        Thread.currentThread().interrupt();
        CancellationException interrupted = new CancellationException("interrupted while waiting for " + what);
        interrupted.initCause(cause);
        return interrupted;
    }

    private static RuntimeException rethrowable(Throwable failure) {
        if (failure instanceof CdpException || failure instanceof CdpTimeoutException
                || failure instanceof CdpSessionClosedException) {
            failure.fillInStackTrace();
        }
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new CompletionException(failure);
    }
}
