package io.cdpkit.cdp;

import io.cdpkit.cdp.internal.Blocking;
import io.cdpkit.cdp.protocol.target.AttachedToTarget;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pages of a browser by target id: each becomes available once it is attached and ready,
 * and is dropped when its session ends. {@link #await} lets {@code newPage} wait for the page of
 * a target it just created, whichever of the two (the attach or the wait) comes first.
 */
final class PageTracker {

    private final Map<String, CompletableFuture<Page>> byTarget = new ConcurrentHashMap<>();

    /** Records {@code page}, available once {@code ready} completes, until its session ends. */
    void track(Page page, CompletableFuture<Void> ready) {
        String targetId = page.targetId();
        CompletableFuture<Page> slot = slot(targetId);
        ready.whenComplete((done, failure) -> {
            if (failure == null) {
                slot.complete(page);
            } else {
                slot.completeExceptionally(failure);
            }
        });
        page.session().detached().whenComplete((reason, failure) -> byTarget.remove(targetId, slot));
    }

    /** The ready pages. */
    List<Page> pages() {
        return byTarget.values().stream()
                .filter(slot -> slot.isDone() && !slot.isCompletedExceptionally())
                .map(CompletableFuture::join)
                .filter(page -> !page.isClosed())
                .toList();
    }

    /**
     * Waits for the page of {@code targetId} to be ready.
     *
     * @throws CdpTimeoutException if it is not ready within {@code timeout}
     */
    Page await(String targetId, Duration timeout) {
        CompletableFuture<Page> slot = slot(targetId);
        try {
            return Blocking.await(slot, timeout, AttachedToTarget.TYPE.method(),
                    "new page " + targetId + " to attach and get ready");
        } catch (CdpTimeoutException e) {
            byTarget.remove(targetId, slot);
            throw e;
        }
    }

    private CompletableFuture<Page> slot(String targetId) {
        return byTarget.computeIfAbsent(targetId, id -> new CompletableFuture<>());
    }
}
