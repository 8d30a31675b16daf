package io.cdpkit.cdp;

import io.cdpkit.cdp.internal.Blocking;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Timeouts and blocking waits of the page API, with messages that say what was waited for. */
final class Waits {

    private Waits() {
    }

    /**
     * Waits for {@code future} (which has its own timeout) and returns its value or throws its
     * failure; the page API's own exceptions, made on another thread, get the caller's stack.
     */
    static <T> T await(CompletableFuture<T> future, String what) {
        try {
            return Blocking.await(future, what);
        } catch (EvaluationException | NavigationException e) {
            e.fillInStackTrace();
            throw e;
        }
    }

    /**
     * {@code future} failing with a {@link CdpTimeoutException} naming {@code what} if it is not
     * done within {@code timeout}. {@code future} itself is left alone.
     */
    static <T> CompletableFuture<T> within(CompletableFuture<T> future, Duration timeout, String method, String what) {
        return renameTimeout(future.copy().orTimeout(timeout.toNanos(), TimeUnit.NANOSECONDS), timeout, method, what);
    }

    /**
     * {@code future}, with any timeout it fails with (its own or of a step inside) replaced by
     * one that names {@code what} and the whole {@code timeout}.
     */
    static <T> CompletableFuture<T> renameTimeout(CompletableFuture<T> future, Duration timeout, String method, String what) {
        return future.handle((value, failure) -> {
            if (failure == null) {
                return value;
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            if (cause instanceof CdpTimeoutException || cause instanceof TimeoutException) {
                throw new CdpTimeoutException(method, timeout, what);
            }
            throw cause instanceof RuntimeException runtime ? runtime : new CompletionException(cause);
        });
    }
}
