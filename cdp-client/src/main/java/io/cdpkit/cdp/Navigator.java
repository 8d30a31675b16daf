package io.cdpkit.cdp;

import io.cdpkit.cdp.protocol.page.FrameNavigated;
import io.cdpkit.cdp.protocol.page.LifecycleEvent;
import io.cdpkit.cdp.protocol.page.NavigatedWithinDocument;
import io.cdpkit.cdp.protocol.page.PageDomain;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Navigates a page's main frame and waits for the new document's lifecycle event
 * ({@code Page.setLifecycleEventsEnabled}), then answers with the document's response.
 */
final class Navigator {

    private static final Pattern ABSOLUTE_URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:\\S");

    private final CdpSession session;
    private final String mainFrameId;
    private final DocumentResponses responses;

    Navigator(CdpSession session, String mainFrameId, DocumentResponses responses) {
        this.session = session;
        this.mainFrameId = mainFrameId;
        this.responses = responses;
    }

    /**
     * Navigates to {@code url}; completes with the document's response once {@code waitUntil}
     * is reached, or with null for a navigation within the same document.
     *
     * @throws IllegalArgumentException if {@code url} is not an absolute URL
     */
    CompletableFuture<Response> navigate(String url, WaitUntil waitUntil, Duration timeout) {
        if (url == null || !ABSOLUTE_URL.matcher(url).find()) {
            throw new IllegalArgumentException("not an absolute URL: " + (url == null ? "null" : "'" + url + "'"));
        }
        LifecycleWait lifecycle = new LifecycleWait(session, waitUntil.lifecycleEvent(), timeout);
        CompletableFuture<NavigatedWithinDocument> withinDocument = session.waitFor(NavigatedWithinDocument.TYPE,
                moved -> moved.frameId().value().equals(mainFrameId), timeout);
        CompletableFuture<Response> response = session.sendAsync(PageDomain.navigate(url), timeout).thenCompose(result -> {
            if (result.errorText() != null && !result.errorText().isEmpty()) {
                throw new NavigationException(url, result.errorText());
            }
            if (result.loaderId() == null) {
                return withinDocument.thenApply(moved -> null);
            }
            return loaded(lifecycle, result.loaderId().value());
        });
        response.whenComplete((done, failure) -> {
            lifecycle.cancel();
            withinDocument.cancel(false);
        });
        return Waits.renameTimeout(response, timeout, LifecycleEvent.TYPE.method(), waitUntil.description() + " of " + url);
    }

    /** Reloads the page; completes with the new document's response once {@code waitUntil} is reached. */
    CompletableFuture<Response> reload(String currentUrl, WaitUntil waitUntil, Duration timeout) {
        return navigationBy(() -> session.sendAsync(PageDomain.reload(), timeout), waitUntil, timeout,
                waitUntil.description() + " of " + currentUrl + " (reloaded)");
    }

    /**
     * Waits for the next navigation of the main frame, which {@code trigger} starts; completes
     * with the new document's response once {@code waitUntil} is reached, or with null when the
     * navigation stays within the document.
     *
     * @param trigger starts the navigation; its future completes once it was started
     * @param what what is waited for, for the timeout message
     */
    CompletableFuture<Response> navigationBy(Supplier<CompletableFuture<?>> trigger, WaitUntil waitUntil, Duration timeout,
                                             String what) {
        LifecycleWait lifecycle = new LifecycleWait(session, waitUntil.lifecycleEvent(), timeout);
        CompletableFuture<FrameNavigated> newDocument = session.waitFor(FrameNavigated.TYPE,
                navigated -> navigated.frame().parentId() == null, timeout);
        CompletableFuture<NavigatedWithinDocument> sameDocument = session.waitFor(NavigatedWithinDocument.TYPE,
                moved -> moved.frameId().value().equals(mainFrameId), timeout);
        Runnable stopWaiting = () -> {
            lifecycle.cancel();
            newDocument.cancel(false);
            sameDocument.cancel(false);
        };
        CompletableFuture<?> started;
        try {
            started = trigger.get();
        } catch (RuntimeException e) {
            stopWaiting.run();
            throw e;
        }
        CompletableFuture<String> loader = newDocument.thenApply(navigated -> navigated.frame().loaderId().value())
                .applyToEither(sameDocument.thenApply(moved -> (String) null), Function.identity());
        CompletableFuture<Response> response = started.thenCompose(going -> loader)
                .thenCompose(loaderId -> loaderId == null ? CompletableFuture.completedFuture(null) : loaded(lifecycle, loaderId));
        response.whenComplete((done, failure) -> stopWaiting.run());
        return Waits.renameTimeout(response, timeout, LifecycleEvent.TYPE.method(), what);
    }

    /** Completes with the response of the document of {@code loaderId} once it reached the awaited event. */
    private CompletableFuture<Response> loaded(LifecycleWait lifecycle, String loaderId) {
        return lifecycle.forLoader(loaderId).thenApply(reached -> responses.forLoader(loaderId));
    }
}
