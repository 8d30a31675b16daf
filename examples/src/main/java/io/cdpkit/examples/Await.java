package io.cdpkit.examples;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Blocking waits with a bound, for programs that run one step after another. */
final class Await {

    private Await() {
    }

    /** The value of {@code future}, its own failure rethrown, or a {@link TimeoutException} after {@code limit}. */
    static <T> T result(CompletableFuture<T> future, Duration limit) throws Exception {
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (TimeoutException e) {
            future.cancel(false);
            throw new TimeoutException("no answer within " + limit.toSeconds() + " s");
        }
    }
}
