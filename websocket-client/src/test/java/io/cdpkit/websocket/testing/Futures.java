package io.cdpkit.websocket.testing;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** Waits for futures with a bound, so a broken client fails a test instead of hanging it. */
public final class Futures {

    /** How long any single step of a test may take. */
    public static final int SECONDS = 10;

    private Futures() {
    }

    /** The value of {@code future}, failing the test if it fails or takes longer than {@value #SECONDS} s. */
    public static <T> T await(CompletableFuture<T> future) throws InterruptedException {
        try {
            return future.get(SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("the future failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("the future did not complete within " + SECONDS + " s", e);
        }
    }

    /**
     * The failure of {@code future}, which must complete exceptionally with a {@code type} within
     * {@value #SECONDS} s.
     */
    public static <E extends Throwable> E awaitFailure(CompletableFuture<?> future, Class<E> type)
            throws InterruptedException {
        try {
            Object value = future.get(SECONDS, TimeUnit.SECONDS);
            return fail("expected a " + type.getSimpleName() + " but the future completed with " + value);
        } catch (ExecutionException e) {
            return assertInstanceOf(type, e.getCause(), () -> "unexpected failure: " + e.getCause());
        } catch (TimeoutException e) {
            return fail("expected a " + type.getSimpleName() + " but the future did not complete within "
                    + SECONDS + " s");
        }
    }

    /**
     * The {@link IllegalArgumentException} with which {@code call} rejects its arguments, either
     * thrown at once or as the failure of the future it returns.
     */
    public static IllegalArgumentException rejectedArgument(Supplier<? extends CompletableFuture<?>> call)
            throws InterruptedException {
        CompletableFuture<?> future;
        try {
            future = call.get();
        } catch (IllegalArgumentException e) {
            return e;
        }
        return awaitFailure(future, IllegalArgumentException.class);
    }

    /** The first throwable of {@code type} in the cause chain of {@code failure}, or null. */
    public static <E extends Throwable> E causeOfType(Throwable failure, Class<E> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** The messages of {@code failure} and its causes, joined, for assertions on what a failure says. */
    public static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            text.append(t.getClass().getName()).append(": ").append(t.getMessage()).append(" | ");
        }
        return text.toString();
    }
}
