package io.cdpkit.cdp.internal;

/**
 * The JavaScript the page API runs in pages. Functions that use {@code this} are called on an
 * element ({@code Runtime.callFunctionOn} with its object id); the others in a frame's context.
 */
public final class PageScripts {

    /** The document's HTML, doctype included. */
    public static final String CONTENT = """
            () => {
              let html = '';
              if (document.doctype) {
                html = new XMLSerializer().serializeToString(document.doctype);
              }
              if (document.documentElement) {
                html += document.documentElement.outerHTML;
              }
              return html;
            }""";

    /** The document's title. */
    public static final String TITLE = "() => document.title";

    /** True once the document and its resources have loaded. */
    public static final String LOADED = "() => document.readyState === 'complete'";

    /** The first element of the document matching a selector, or null. */
    public static final String QUERY_DOCUMENT = "(selector) => document.querySelector(selector)";

    /** Every element of the document matching a selector, as an array. */
    public static final String QUERY_ALL_DOCUMENT = "(selector) => [...document.querySelectorAll(selector)]";

    /** The first descendant of {@code this} matching a selector, or null. */
    public static final String QUERY_ELEMENT = "function (selector) { return this.querySelector(selector); }";

    /** Every descendant of {@code this} matching a selector, as an array. */
    public static final String QUERY_ALL_ELEMENT = "function (selector) { return [...this.querySelectorAll(selector)]; }";

    /** Focuses {@code this}. */
    public static final String FOCUS = "function () { this.focus(); }";

    /** {@code this.textContent}. */
    public static final String TEXT_CONTENT = "function () { return this.textContent; }";

    /** {@code this.innerHTML}. */
    public static final String INNER_HTML = "function () { return this.innerHTML; }";

    /** An attribute of {@code this}, or null. */
    public static final String ATTRIBUTE = "function (name) { return this.getAttribute(name); }";

    private static final String POLL_HEAD = """
            async function (timeoutMs, ...args) {
              const predicate = (""";

    private static final String POLL_TAIL = """
            );
              const check = async () => await predicate(...args);
              const first = await check();
              if (first) {
                return first;
              }
              return await new Promise((resolve, reject) => {
                let done = false;
                const finish = (settle, value) => {
                  if (done) {
                    return;
                  }
                  done = true;
                  observer.disconnect();
                  clearInterval(interval);
                  clearTimeout(timer);
                  settle(value);
                };
                const poll = () => check().then(value => { if (value) finish(resolve, value); },
                                                error => finish(reject, error));
                const observer = new MutationObserver(poll);
                observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
                const interval = setInterval(poll, 100);
                const timer = setTimeout(() => finish(resolve, undefined), timeoutMs);
              });
            }""";

    private PageScripts() {
    }

    /**
     * A function {@code (timeoutMs, ...args)} that resolves with the first truthy value of
     * {@code predicate(...args)}, checked at once, on every DOM mutation and every 100 ms; or
     * with {@code undefined} after {@code timeoutMs}. A predicate that throws rejects it.
     *
     * @param predicate a JavaScript function source
     */
    public static String poll(String predicate) {
        return POLL_HEAD + predicate + POLL_TAIL;
    }
}
