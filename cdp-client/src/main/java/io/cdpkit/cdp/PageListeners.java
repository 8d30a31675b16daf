package io.cdpkit.cdp;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The {@code onPage} listeners of a browser or context; one that throws is logged and skipped. */
final class PageListeners {

    private static final System.Logger LOG = System.getLogger(PageListeners.class.getName());

    private final List<Consumer<Page>> listeners = new CopyOnWriteArrayList<>();

    Subscription add(Consumer<Page> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void announce(Page page) {
        for (Consumer<Page> listener : listeners) {
            try {
                listener.accept(page);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "an onPage listener failed for " + page, e);
            }
        }
    }
}
