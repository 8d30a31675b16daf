package io.cdpkit.cdp;

import com.fasterxml.jackson.databind.JsonNode;
import io.cdpkit.cdp.internal.FunctionSource;
import io.cdpkit.cdp.internal.PageScripts;
import io.cdpkit.cdp.internal.RemoteValues;
import io.cdpkit.cdp.protocol.runtime.RemoteObject;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * A frame of a page: the main frame or an iframe (same-process iframes; a cross-origin iframe
 * the browser runs in another process is listed but cannot run scripts from here). Scripts run in
 * the frame's main JavaScript world, the one the page's own scripts use. A frame object stays
 * valid across navigations of the frame; once the frame is removed, {@link #isDetached()} is true.
 */
public final class Frame {

    private final Page page;
    private final String id;

    Frame(Page page, String id) {
        this.page = page;
        this.id = id;
    }

    /** The frame id the browser assigned. */
    public String id() {
        return id;
    }

    /** The page this frame belongs to. */
    public Page page() {
        return page;
    }

    /** The frame's {@code name} attribute; empty if it has none. */
    public String name() {
        return page.frameTree().info(id).map(FrameTree.FrameInfo::name).orElse("");
    }

    /** The URL of the frame's document; empty before its first navigation. */
    public String url() {
        return page.frameTree().info(id).map(FrameTree.FrameInfo::url).orElse("");
    }

    /** The frame containing this one; null for the main frame. */
    public Frame parent() {
        String parentId = page.frameTree().info(id).map(FrameTree.FrameInfo::parentId).orElse(null);
        return parentId == null ? null : new Frame(page, parentId);
    }

    /** The frames directly inside this one. */
    public List<Frame> children() {
        return page.frameTree().childIds(id).stream().map(child -> new Frame(page, child)).toList();
    }

    /** True once the frame was removed from the page. */
    public boolean isDetached() {
        return page.frameTree().info(id).isEmpty();
    }

    /**
     * Runs JavaScript in the frame and returns its result as JSON: an expression, e.g.
     * {@code document.title}, or a function called with {@code args}, e.g.
     * {@code evaluate("(a, b) => a + b", 1, 2)}. Promises are awaited. {@code args} are sent as
     * JSON (Jackson), {@link ElementHandle}s as the elements. {@code undefined} and {@code null}
     * give {@link com.fasterxml.jackson.databind.node.NullNode}.
     *
     * Objects without a JSON form (DOM nodes, Maps, functions) come back as {@code {}}; circular
     * structures, {@code window} and symbols cannot be returned at all.
     *
     * @throws EvaluationException if the script throws, or its result cannot be sent as JSON
     * @throws IllegalArgumentException if the script is blank, or {@code args} are given for an expression
     * @throws IllegalStateException if the frame was removed
     * @throws CdpTimeoutException after the page's default timeout
     */
    public JsonNode evaluate(String expressionOrFunction, Object... args) {
        return Waits.await(evaluateAsync(expressionOrFunction, args), "the result of a script");
    }

    /**
     * Like {@link #evaluate(String, Object...)}, converting the result to {@code type} with Jackson.
     *
     * @throws IllegalArgumentException if the result cannot be converted to {@code type}
     */
    public <T> T evaluate(Class<T> type, String expressionOrFunction, Object... args) {
        return Evaluator.convert(evaluate(expressionOrFunction, args), type);
    }

    /** The async twin of {@link #evaluate(String, Object...)}. */
    public CompletableFuture<JsonNode> evaluateAsync(String expressionOrFunction, Object... args) {
        return run(expressionOrFunction, args, true).thenApply(RemoteValues::toJson);
    }

    /**
     * The first element matching {@code selector} now, or null.
     *
     * @throws IllegalArgumentException if {@code selector} is blank or not valid CSS
     */
    public ElementHandle querySelector(String selector) {
        return Selectors.query(selector, () -> Handles.element(page,
                Waits.await(run(PageScripts.QUERY_DOCUMENT, new Object[] {selector}, false), "selector " + selector)));
    }

    /**
     * Every element matching {@code selector} now, in document order.
     *
     * @throws IllegalArgumentException if {@code selector} is blank or not valid CSS
     */
    public List<ElementHandle> querySelectorAll(String selector) {
        return Selectors.query(selector, () -> Handles.elements(page,
                Waits.await(run(PageScripts.QUERY_ALL_DOCUMENT, new Object[] {selector}, false), "selector " + selector),
                page.defaultTimeout()));
    }

    /** Waits up to the page's default timeout; see {@link #waitForSelector(String, Duration)}. */
    public ElementHandle waitForSelector(String selector) {
        return waitForSelector(selector, page.defaultTimeout());
    }

    /**
     * Waits until an element matching {@code selector} is in the document (visible or not) and
     * returns it. The check runs in the page on every DOM change, and goes on in the next
     * document if the frame navigates meanwhile.
     *
     * @throws CdpTimeoutException naming the selector if no element matches within {@code timeout}
     * @throws IllegalArgumentException if {@code selector} is blank or not valid CSS
     */
    public ElementHandle waitForSelector(String selector, Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        return Selectors.query(selector, () -> Handles.element(page, poll(PageScripts.QUERY_DOCUMENT,
                new Object[] {selector}, false, timeout, "selector '" + selector + "' to appear in " + describe())));
    }

    /**
     * Waits until {@code function(...args)} (or an expression) returns a truthy value and returns
     * that value as JSON; checked at once, on every DOM change and every 100 ms.
     *
     * @throws CdpTimeoutException naming the function if it stays falsy for {@code timeout}
     * @throws EvaluationException if it throws
     */
    public JsonNode waitForFunction(String function, Duration timeout, Object... args) {
        Objects.requireNonNull(timeout, "timeout");
        Arguments.requireNotBlank(function, "the function");
        String predicate = FunctionSource.isFunction(function) ? function : "() => (" + function + "\n)";
        return RemoteValues.toJson(poll(predicate, args, true, timeout,
                "'" + Evaluator.abbreviate(function) + "' to return a truthy value in " + describe()));
    }

    /** The frame's HTML, doctype included. */
    public String content() {
        return evaluate(PageScripts.CONTENT).asText();
    }

    /** The title of the frame's document. */
    public String title() {
        return evaluate(PageScripts.TITLE).asText();
    }

    private CompletableFuture<RemoteObject> run(String script, Object[] args, boolean byValue) {
        requireAttached();
        return page.evaluator().inFrame(id, script, args, byValue, page.defaultTimeout());
    }

    private RemoteObject poll(String predicate, Object[] args, boolean byValue, Duration timeout, String what) {
        requireAttached();
        return page.poller().poll(id, predicate, args, byValue, timeout, what);
    }

    private void requireAttached() {
        if (isDetached()) {
            throw new IllegalStateException("frame " + id + " was removed from the page");
        }
    }

    private String describe() {
        String url = url();
        return (parent() == null ? "the main frame" : "frame " + id) + (url.isEmpty() ? "" : " (" + url + ")");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Frame frame && frame.page == page && frame.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Frame[" + id + (name().isEmpty() ? "" : " '" + name() + "'") + ", " + url() + "]";
    }
}
