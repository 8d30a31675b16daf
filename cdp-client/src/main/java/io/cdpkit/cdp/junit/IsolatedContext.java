package io.cdpkit.cdp.junit;

import io.cdpkit.cdp.Browser;
import io.cdpkit.cdp.BrowserContext;
import io.cdpkit.cdp.Page;

/**
 * The browser context of one test (its own cookies, storage and cache) and the page injected into
 * it, opened on first use; {@link #close()} disposes of the context with all its pages.
 */
final class IsolatedContext implements AutoCloseable {

    private final BrowserContext context;
    private Page page;

    IsolatedContext(Browser browser) {
        this.context = browser.newContext();
    }

    BrowserContext context() {
        return context;
    }

    /** The test's page: the same one for every parameter, a new one if the test closed it. */
    synchronized Page page() {
        if (page == null || page.isClosed()) {
            page = context.newPage();
        }
        return page;
    }

    @Override
    public void close() {
        context.close();
    }
}
