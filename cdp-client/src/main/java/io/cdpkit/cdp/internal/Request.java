package io.cdpkit.cdp.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.cdpkit.cdp.BinarySink;
import io.cdpkit.cdp.protocol.Command;
import java.util.Objects;

/**
 * One command to send: its method name, how to write its params and how to decode its result.
 *
 * @param <R> the result type
 */
record Request<R>(String method, RequestEncoder.Params params, ResultDecoder<R> decoder) {

    /** A generated command, its result bound to the command's result record. */
    static <R> Request<R> typed(Command<R> command) {
        Objects.requireNonNull(command, "command");
        return new Request<>(command.method(), RequestEncoder.Params.of(command), ResultDecoder.typed(command.resultType()));
    }

    /** A generated command whose result's base64 field goes straight into {@code sink}. */
    static <R> Request<R> streamed(Command<R> command, BinarySink sink) {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(sink, "sink");
        return new Request<>(command.method(), RequestEncoder.Params.of(command),
                ResultDecoder.binaryField(command.resultType(), sink));
    }

    /**
     * A command by name with raw params (null for none), its result as a JSON tree.
     *
     * @throws IllegalArgumentException if the name is blank or the params are not an object
     */
    static Request<JsonNode> raw(String method, JsonNode params) {
        requireMethodName(method);
        return new Request<>(method, RequestEncoder.Params.of(method, params), ResultDecoder.tree());
    }

    /**
     * Checks a method or event name given by a user.
     *
     * @throws IllegalArgumentException if it is blank
     */
    static void requireMethodName(String method) {
        Objects.requireNonNull(method, "method");
        if (method.isBlank()) {
            throw new IllegalArgumentException("the method name must not be blank: '" + method + "'");
        }
    }
}
