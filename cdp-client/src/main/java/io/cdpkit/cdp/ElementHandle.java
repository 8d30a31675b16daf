package io.cdpkit.cdp;

import com.fasterxml.jackson.databind.JsonNode;
import io.cdpkit.cdp.internal.PageScripts;
import io.cdpkit.cdp.internal.RemoteValues;
import io.cdpkit.cdp.protocol.runtime.RemoteObject;
import io.cdpkit.cdp.protocol.runtime.RemoteObjectId;
import io.cdpkit.cdp.protocol.runtime.RuntimeDomain;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * An element of a page, held by reference (a remote object id). It stays valid while its
 * document lives; once the page navigated away, methods throw {@link IllegalStateException}.
 * {@link #close()} releases the reference early; it is optional, the browser drops it with the
 * document anyway.
 *
 * <p>{@link #click()}, {@link #hover()} and {@link #type(String)} act like a user: the element is
 * scrolled into view and real mouse and key events go to its centre.
 */
public final class ElementHandle implements AutoCloseable {

    /** What the browser says of an object whose document is gone or that was released. */
    private static final List<String> STALE = List.of("Could not find object with given id", "Cannot find context with specified id");

    private final Page page;
    private final RemoteObjectId objectId;

    ElementHandle(Page page, RemoteObjectId objectId) {
        this.page = page;
        this.objectId = objectId;
    }

    /** The page this element belongs to. */
    public Page page() {
        return page;
    }

    /** The element's {@code textContent}. */
    public String textContent() {
        return text(PageScripts.TEXT_CONTENT);
    }

    /** The element's {@code innerHTML}. */
    public String innerHTML() {
        return text(PageScripts.INNER_HTML);
    }

    /** The value of attribute {@code name}, or null if the element has none. */
    public String attribute(String name) {
        Objects.requireNonNull(name, "name");
        return text(PageScripts.ATTRIBUTE, name);
    }

    /** The element's border box relative to the main frame's viewport, or null if it is not rendered. */
    public BoundingBox boundingBox() {
        return live(() -> page.geometry().borderBox(objectId, page.defaultTimeout()));
    }

    /**
     * Scrolls the element into view and clicks its centre with the left mouse button.
     *
     * @throws IllegalStateException if the element is not visible or no longer in the page
     */
    public void click() {
        BoundingBox box = visibleBox();
        page.mouse().click(box.centerX(), box.centerY());
    }

    /**
     * Scrolls the element into view and moves the mouse to its centre.
     *
     * @throws IllegalStateException if the element is not visible or no longer in the page
     */
    public void hover() {
        BoundingBox box = visibleBox();
        page.mouse().move(box.centerX(), box.centerY());
    }

    /** Focuses the element. */
    public void focus() {
        call(PageScripts.FOCUS, new Object[0], true);
    }

    /** Focuses the element and types {@code text} key by key (see {@link Keyboard#type(String)}). */
    public void type(String text) {
        Objects.requireNonNull(text, "text");
        focus();
        page.keyboard().type(text);
    }

    /** Focuses the element and presses {@code key} (see {@link Keyboard#press(String)}). */
    public void press(String key) {
        focus();
        page.keyboard().press(key);
    }

    /**
     * Captures the element's box (scrolled into view) as an image.
     *
     * @throws IllegalArgumentException if the options set fullPage, clip or selector
     * @throws IllegalStateException if the element is not visible
     */
    public byte[] screenshot(ScreenshotOptions options) {
        requireElementOptions(options);
        return page.screenshots().toBytes(options, documentBox(), page.timeoutOr(options.timeout()));
    }

    /** Like {@link #screenshot(ScreenshotOptions)}, decoded straight into {@code file}. */
    public void screenshot(Path file, ScreenshotOptions options) {
        requireElementOptions(options);
        page.screenshots().toFile(file, options, documentBox(), page.timeoutOr(options.timeout()));
    }

    /**
     * Calls {@code function} with the element as {@code this} and as the first argument, then
     * {@code args}, and returns the result as JSON; e.g. {@code evaluate("e => e.value")}. An
     * expression may use {@code this}: {@code evaluate("this.checked")}.
     *
     * @throws EvaluationException if it throws
     * @throws IllegalStateException if the element is no longer in the page
     */
    public JsonNode evaluate(String function, Object... args) {
        Objects.requireNonNull(args, "args");
        Object[] withElement = new Object[args.length + 1];
        withElement[0] = this;
        System.arraycopy(args, 0, withElement, 1, args.length);
        return RemoteValues.toJson(call(function, withElement, true));
    }

    /** Like {@link #evaluate(String, Object...)}, converting the result to {@code type} with Jackson. */
    public <T> T evaluate(Class<T> type, String function, Object... args) {
        return Evaluator.convert(evaluate(function, args), type);
    }

    /** The first descendant matching {@code selector}, or null. */
    public ElementHandle querySelector(String selector) {
        return Selectors.query(selector, () -> Handles.element(page, call(PageScripts.QUERY_ELEMENT, new Object[] {selector}, false)));
    }

    /** Every descendant matching {@code selector}, in document order. */
    public List<ElementHandle> querySelectorAll(String selector) {
        return Selectors.query(selector, () -> Handles.elements(page,
                call(PageScripts.QUERY_ALL_ELEMENT, new Object[] {selector}, false), page.defaultTimeout()));
    }

    /** Releases the browser's reference to the element; later calls fail. Never throws. */
    @Override
    public void close() {
        page.session().sendAsync(RuntimeDomain.releaseObject(objectId)).exceptionally(gone -> null);
    }

    RemoteObjectId objectId() {
        return objectId;
    }

    /** The element's box relative to the document, scrolled into view. */
    BoundingBox documentBox() {
        return live(() -> page.geometry().documentBox(objectId, page.defaultTimeout()));
    }

    private BoundingBox visibleBox() {
        return live(() -> page.geometry().scrollIntoViewAndMeasure(objectId, page.defaultTimeout()));
    }

    private RemoteObject call(String function, Object[] args, boolean byValue) {
        return live(() -> Waits.await(page.evaluator().onObject(objectId, function, args, byValue, page.defaultTimeout()),
                "the result of a script on " + this));
    }

    /** Runs {@code action}, reporting a reference the browser no longer knows as a stale handle. */
    private <T> T live(Supplier<T> action) {
        try {
            return action.get();
        } catch (CdpException e) {
            if (STALE.stream().anyMatch(e.errorMessage()::contains)) {
                throw new IllegalStateException("the element is gone: its document was replaced or the handle was closed", e);
            }
            throw e;
        }
    }

    private static void requireElementOptions(ScreenshotOptions options) {
        Objects.requireNonNull(options, "options");
        if (options.fullPage() || options.clip() != null || options.selector() != null) {
            throw new IllegalArgumentException("an element screenshot captures the element's box; "
                    + "fullPage, clip and selector do not apply");
        }
    }

    /** The result of one of the page API's own element scripts as text, or null. */
    private String text(String script, Object... args) {
        JsonNode value = RemoteValues.toJson(call(script, args, true));
        return value.isNull() ? null : value.asText();
    }

    @Override
    public String toString() {
        return "ElementHandle[" + objectId.value() + "]";
    }
}
