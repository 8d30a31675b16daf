package io.cdpkit.cdp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.cdpkit.cdp.internal.Deadline;
import io.cdpkit.cdp.internal.FunctionSource;
import io.cdpkit.cdp.internal.RemoteValues;
import io.cdpkit.cdp.internal.ScriptError;
import io.cdpkit.cdp.internal.WireJson;
import io.cdpkit.cdp.protocol.runtime.CallArgument;
import io.cdpkit.cdp.protocol.runtime.CallFunctionOn;
import io.cdpkit.cdp.protocol.runtime.Evaluate;
import io.cdpkit.cdp.protocol.runtime.ExceptionDetails;
import io.cdpkit.cdp.protocol.runtime.ExecutionContextCreated;
import io.cdpkit.cdp.protocol.runtime.ExecutionContextId;
import io.cdpkit.cdp.protocol.runtime.RemoteObject;
import io.cdpkit.cdp.protocol.runtime.RemoteObjectId;
import io.cdpkit.cdp.protocol.runtime.RuntimeDomain;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Runs JavaScript in a page: expressions with {@code Runtime.evaluate}, functions with
 * {@code Runtime.callFunctionOn} (in a frame's context or on an object), awaiting promises.
 * Results come back by value (JSON) or as a remote object; exceptions thrown by the script
 * become {@link EvaluationException}.
 */
final class Evaluator {

    /** What the browser says when a result cannot be serialized to JSON. */
    private static final List<String> NOT_SERIALIZABLE = List.of(
            "Object reference chain is too long", "Object couldn't be returned by value");

    private final CdpSession session;
    private final ExecutionContexts contexts;

    Evaluator(CdpSession session, ExecutionContexts contexts) {
        this.session = session;
        this.contexts = contexts;
    }

    /**
     * Runs {@code source} in the main-world context of frame {@code frameId}: an expression
     * (no {@code args} allowed) or a function called with {@code args}.
     *
     * @throws IllegalArgumentException if {@code source} is blank, or args are given for an expression
     */
    CompletableFuture<RemoteObject> inFrame(String frameId, String source, Object[] args, boolean byValue, Duration timeout) {
        boolean function = checkSource(source, args);
        Deadline deadline = Deadline.after(timeout);
        CompletableFuture<ExecutionContextId> context = Waits.within(contexts.of(frameId), timeout,
                ExecutionContextCreated.TYPE.method(), "a JavaScript context in frame " + frameId);
        CompletableFuture<RemoteObject> result = context.thenCompose(id -> function
                ? call(RuntimeDomain.callFunctionOn(source).withExecutionContextId(id), args, byValue, remaining(deadline))
                : evaluate(RuntimeDomain.evaluate(source).withContextId(id).withReturnByValue(byValue), remaining(deadline)));
        return Waits.renameTimeout(result, timeout, function ? CallFunctionOn.METHOD : Evaluate.METHOD,
                "the result of '" + abbreviate(source) + "'");
    }

    /**
     * Calls {@code source} with {@code this} bound to {@code target}: a function, or an
     * expression that may use {@code this}.
     */
    CompletableFuture<RemoteObject> onObject(RemoteObjectId target, String source, Object[] args, boolean byValue, Duration timeout) {
        checkSource(source, new Object[0]);
        CompletableFuture<RemoteObject> result = call(RuntimeDomain.callFunctionOn(FunctionSource.asFunction(source))
                .withObjectId(target), args, byValue, timeout);
        return Waits.renameTimeout(result, timeout, CallFunctionOn.METHOD, "the result of '" + abbreviate(source) + "'");
    }

    /** The JSON value of a result, as {@code type} (JSON null gives null). */
    static <T> T convert(JsonNode json, Class<T> type) {
        Objects.requireNonNull(type, "type");
        try {
            return WireJson.mapper().treeToValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot convert the result " + json + " to " + type.getName(), e);
        }
    }

    private CompletableFuture<RemoteObject> evaluate(Evaluate command, Duration timeout) {
        return explained(session.sendAsync(command.withAwaitPromise(true).withUserGesture(true), timeout))
                .thenApply(result -> unwrap(result.result(), result.exceptionDetails()));
    }

    private CompletableFuture<RemoteObject> call(CallFunctionOn call, Object[] args, boolean byValue, Duration timeout) {
        CallFunctionOn command = call.withArguments(arguments(args)).withReturnByValue(byValue)
                .withAwaitPromise(true).withUserGesture(true);
        return explained(session.sendAsync(command, timeout))
                .thenApply(result -> unwrap(result.result(), result.exceptionDetails()));
    }

    private static List<CallArgument> arguments(Object[] args) {
        return Arrays.stream(args)
                .map(arg -> arg instanceof ElementHandle element
                        ? CallArgument.of().withObjectId(element.objectId())
                        : RemoteValues.argument(arg))
                .toList();
    }

    private static RemoteObject unwrap(RemoteObject result, ExceptionDetails exception) {
        if (exception != null) {
            ScriptError error = ScriptError.of(exception);
            throw new EvaluationException(error.message(), error.stack(), error.line(), error.column());
        }
        return result;
    }

    /** {@code reply}, with the browser's refusal to serialize a result turned into an {@link EvaluationException}. */
    private static <T> CompletableFuture<T> explained(CompletableFuture<T> reply) {
        return reply.handle((value, failure) -> {
            if (failure == null) {
                return value;
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            if (cause instanceof CdpException refused && NOT_SERIALIZABLE.stream().anyMatch(refused.errorMessage()::contains)) {
                String message = "the result cannot be returned as JSON (" + refused.errorMessage()
                        + "); return plain data, or query elements as handles";
                throw new EvaluationException(message, message, 0, 0);
            }
            throw cause instanceof RuntimeException runtime ? runtime : new CompletionException(cause);
        });
    }

    private static boolean checkSource(String source, Object[] args) {
        Objects.requireNonNull(args, "args");
        Arguments.requireNotBlank(source, "the script");
        boolean function = FunctionSource.isFunction(source);
        if (!function && args.length > 0) {
            throw new IllegalArgumentException(args.length + " arguments given, but the script is an expression, "
                    + "not a function: '" + abbreviate(source) + "'");
        }
        return function;
    }

    /** The first line of {@code source}, at most 80 characters, for messages. */
    static String abbreviate(String source) {
        String line = source.strip().lines().findFirst().orElse("");
        return line.length() > 80 || line.length() < source.strip().length()
                ? line.substring(0, Math.min(line.length(), 77)) + "..." : line;
    }

    private static Duration remaining(Deadline deadline) {
        Duration left = deadline.remaining();
        return left.isZero() ? Duration.ofMillis(1) : left;
    }
}
