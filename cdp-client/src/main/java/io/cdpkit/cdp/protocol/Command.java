package io.cdpkit.cdp.protocol;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A DevTools protocol command, ready to send: it carries its method name and result type, and
 * the object itself serializes (with {@link ProtocolJson#mapper()}) to the JSON-RPC
 * {@code params} object, leaving out parameters that are not set. A command without
 * parameters serializes to {@code {}}.
 *
 * <p>Generated commands are immutable records created by the domain facades, e.g.
 * {@code PageDomain.captureScreenshot().withFromSurface(false)}.
 *
 * @param <R> the type of the browser's answer; an empty record for commands that return nothing
 */
public interface Command<R> {

    /**
     * The method name on the wire.
     *
     * @return e.g. {@code Page.captureScreenshot}
     */
    @JsonIgnore
    String method();

    /**
     * The class the browser's {@code result} object decodes to.
     *
     * @return the result record class
     */
    @JsonIgnore
    Class<R> resultType();
}
