package io.cdpkit.cdp;

import io.cdpkit.cdp.internal.Deadline;
import io.cdpkit.cdp.internal.PageScripts;
import io.cdpkit.cdp.internal.RemoteValues;
import io.cdpkit.cdp.protocol.runtime.CallFunctionOn;
import io.cdpkit.cdp.protocol.runtime.RemoteObject;
import java.time.Duration;
import java.util.List;

/**
 * Waits in a frame until a JavaScript predicate returns something truthy, polling inside the
 * page ({@link PageScripts#poll}): on every DOM mutation and every 100 ms, without a round trip
 * per check. When the frame's document is replaced during the wait, the wait goes on in the new one.
 */
final class Poller {

    /** How much longer than the in-page timer the call itself may take. */
    private static final Duration GRACE = Duration.ofSeconds(2);

    /** What the browser says when the context a call ran in went away with its document. */
    private static final List<String> CONTEXT_LOST = List.of(
            "Execution context was destroyed", "Cannot find context with specified id", "Inspected target navigated or closed");

    private final Evaluator evaluator;

    Poller(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    /**
     * Polls {@code predicate(...args)} in frame {@code frameId}.
     *
     * @param predicate a JavaScript function source
     * @param byValue true for the value as JSON, false for a remote object (e.g. an element)
     * @param what what is waited for, for the timeout message
     * @return the first truthy value
     * @throws CdpTimeoutException naming {@code what} if no truthy value comes within {@code timeout}
     * @throws EvaluationException if the predicate throws
     */
    RemoteObject poll(String frameId, String predicate, Object[] args, boolean byValue, Duration timeout, String what) {
        Deadline deadline = Deadline.after(timeout);
        Object[] callArgs = new Object[args.length + 1];
        System.arraycopy(args, 0, callArgs, 1, args.length);
        while (!deadline.expired()) {
            Duration left = deadline.remaining();
            callArgs[0] = left.toMillis();
            try {
                RemoteObject value = Waits.await(evaluator.inFrame(frameId, PageScripts.poll(predicate), callArgs,
                        byValue, left.plus(GRACE)), what);
                if (!RemoteValues.isUndefined(value)) {
                    return value;
                }
            } catch (CdpTimeoutException stuck) {
                break;
            } catch (CdpException failure) {
                if (CONTEXT_LOST.stream().noneMatch(failure.errorMessage()::contains)) {
                    throw failure;
                }
            }
        }
        throw new CdpTimeoutException(CallFunctionOn.METHOD, timeout, what);
    }
}
