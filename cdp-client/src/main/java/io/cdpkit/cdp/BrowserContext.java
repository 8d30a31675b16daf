package io.cdpkit.cdp;

import io.cdpkit.cdp.internal.Blocking;
import io.cdpkit.cdp.protocol.browser.BrowserContextID;
import io.cdpkit.cdp.protocol.target.DetachedFromTarget;
import io.cdpkit.cdp.protocol.target.TargetDomain;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A browser context: a set of pages sharing cookies, storage and cache. The default context is
 * the browser's normal profile; {@link Browser#newContext()} makes isolated ones, like incognito
 * windows, which {@link #close()} disposes of with all their pages.
 */
public final class BrowserContext implements AutoCloseable {

    private final Browser browser;
    private final String id;
    private final boolean isDefault;
    private final PageListeners pageListeners = new PageListeners();
    private final AtomicBoolean closed = new AtomicBoolean();

    BrowserContext(Browser browser, String id, boolean isDefault) {
        this.browser = browser;
        this.id = id;
        this.isDefault = isDefault;
    }

    /** The context's id; null for the default context of a browser that does not report one. */
    public String id() {
        return id;
    }

    /** True for the browser's default context, which cannot be closed. */
    public boolean isDefault() {
        return isDefault;
    }

    /** The browser this context belongs to. */
    public Browser browser() {
        return browser;
    }

    /**
     * Opens a new page ({@code about:blank}) in this context and returns it once it is attached
     * and ready.
     *
     * @throws IllegalStateException if this context was closed
     */
    public Page newPage() {
        if (closed.get()) {
            throw new IllegalStateException("browser context " + id + " is closed");
        }
        return browser.newPage(this);
    }

    /** The open pages of this context (popups included). */
    public List<Page> pages() {
        return browser.pages().stream().filter(page -> page.context() == this).toList();
    }

    /**
     * Calls {@code listener} with every new page of this context (see {@link Browser#onPage}).
     */
    public Subscription onPage(Consumer<Page> listener) {
        return pageListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    PageListeners pageListeners() {
        return pageListeners;
    }

    /** True once {@link #close()} was called. */
    public boolean isClosed() {
        return closed.get();
    }

    /**
     * Disposes of the context, closing its pages; waits until their sessions have ended. Does
     * nothing the second time or when the browser is already disconnected.
     *
     * @throws IllegalStateException for the default context
     */
    @Override
    public void close() {
        if (isDefault) {
            throw new IllegalStateException("the default browser context cannot be closed");
        }
        if (!closed.compareAndSet(false, true) || !browser.isConnected()) {
            return;
        }
        List<Page> open = pages();
        Duration timeout = browser.connection().options().callTimeout();
        browser.session().send(TargetDomain.disposeBrowserContext(BrowserContextID.of(id)), timeout);
        browser.forget(this);
        for (Page page : open) {
            Blocking.await(page.session().detached(), timeout, DetachedFromTarget.TYPE.method(),
                    "page " + page.targetId() + " of the disposed context " + id + " to close");
        }
    }

    @Override
    public String toString() {
        return "BrowserContext[" + (isDefault ? "default" : id) + (closed.get() ? ", closed" : "") + "]";
    }
}
