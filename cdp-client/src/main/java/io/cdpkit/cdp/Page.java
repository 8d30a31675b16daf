package io.cdpkit.cdp;

import io.cdpkit.cdp.internal.Blocking;
import io.cdpkit.cdp.protocol.page.LoadEventFired;
import io.cdpkit.cdp.protocol.page.NavigateResult;
import io.cdpkit.cdp.protocol.page.PageDomain;
import io.cdpkit.cdp.protocol.target.DetachedFromTarget;
import io.cdpkit.cdp.protocol.target.TargetDomain;
import io.cdpkit.cdp.protocol.target.TargetID;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * A browser tab (a {@code page} target) with its attached {@link CdpSession}. Get one from
 * {@link BrowserContext#newPage()}, {@link Browser#newPage()}, {@link Browser#pages()} or an
 * {@link Browser#onPage onPage} listener (popups included).
 */
public final class Page implements AutoCloseable {

    private final BrowserContext context;
    private final CdpSession session;

    Page(BrowserContext context, CdpSession session) {
        this.context = context;
        this.session = session;
    }

    /** The page's session, for any command or event of the protocol. */
    public CdpSession session() {
        return session;
    }

    /** The page's target id. */
    public String targetId() {
        return session.targetId();
    }

    /** The browser context the page lives in. */
    public BrowserContext context() {
        return context;
    }

    /** The browser the page belongs to. */
    public Browser browser() {
        return context.browser();
    }

    /**
     * Gets the page ready before it runs (it is paused when it attaches): enables the domains
     * the page's own methods rely on.
     */
    CompletableFuture<Void> prepare() {
        return session.sendAsync(PageDomain.enable()).thenApply(enabled -> null);
    }

    /** Navigates to {@code url} and waits for its load event, up to the connection's call timeout. */
    public void navigate(String url) {
        navigate(url, browser().connection().options().callTimeout());
    }

    /**
     * Navigates to {@code url} and waits, up to {@code timeout}, for its load event. A
     * navigation within the same document (only the fragment changes) does not wait.
     *
     * @throws NavigationException if the browser cannot load {@code url}
     * @throws CdpTimeoutException if the page does not finish loading in time
     */
    public void navigate(String url, Duration timeout) {
        Objects.requireNonNull(url, "url");
        CompletableFuture<LoadEventFired> loaded = session.waitFor(LoadEventFired.TYPE, event -> true, timeout);
        try {
            NavigateResult result = session.send(PageDomain.navigate(url), timeout);
            if (result.errorText() != null && !result.errorText().isEmpty()) {
                throw new NavigationException(url, result.errorText());
            }
            if (result.loaderId() != null) {
                awaitLoad(loaded, url, timeout);
            }
        } finally {
            loaded.cancel(false);
        }
    }

    private static void awaitLoad(CompletableFuture<LoadEventFired> loaded, String url, Duration timeout) {
        try {
            Blocking.await(loaded, "the load event of " + url);
        } catch (CdpTimeoutException e) {
            throw new CdpTimeoutException(LoadEventFired.TYPE.method(), timeout, "the load event of " + url);
        }
    }

    /** True once the page was closed or its session ended. */
    public boolean isClosed() {
        return !session.isAttached();
    }

    /** Closes the tab and waits until its session has ended; does nothing if it already has. */
    @Override
    public void close() {
        if (isClosed()) {
            return;
        }
        Duration timeout = browser().connection().options().callTimeout();
        browser().session().send(TargetDomain.closeTarget(TargetID.of(targetId())), timeout);
        Blocking.await(session.detached(), timeout, DetachedFromTarget.TYPE.method(), "page " + targetId() + " to close");
    }

    @Override
    public String toString() {
        return "Page[" + targetId() + (isClosed() ? ", closed" : "") + "]";
    }
}
