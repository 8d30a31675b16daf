package io.cdpkit.cdp.testing;

import io.cdpkit.cdp.Browser;
import io.cdpkit.cdp.BrowserContext;
import io.cdpkit.cdp.Page;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One headless Chromium and one {@link LocalPages} server per test class, and a fresh isolated
 * context with one page per test (closed after it), so tests share the expensive launch but not
 * cookies, storage or listeners.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final PageFixture fixture = new PageFixture();
 *
 * @Test
 * void title() {
 *     fixture.page().navigate(fixture.url("hello.html"));
 * }
 * }</pre>
 */
public final class PageFixture implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private LocalPages server;
    private Browser browser;
    private BrowserContext context;
    private Page page;

    @Override
    public void beforeAll(ExtensionContext extension) {
        server = LocalPages.start();
        browser = Browser.launch();
    }

    @Override
    public void beforeEach(ExtensionContext extension) {
        context = browser.newContext();
        page = context.newPage();
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        context.close();
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        try {
            browser.close();
        } finally {
            server.close();
        }
    }

    /** This test's page, in this test's own context. */
    public Page page() {
        return page;
    }

    /** Navigates this test's page to {@code path} on the server and returns the page. */
    public Page open(String path) {
        page.navigate(url(path));
        return page;
    }

    /** This test's context. */
    public BrowserContext context() {
        return context;
    }

    /** The browser shared by the test class. */
    public Browser browser() {
        return browser;
    }

    /** The web server shared by the test class. */
    public LocalPages server() {
        return server;
    }

    /** The URL of {@code path} on the server, as a string. */
    public String url(String path) {
        return server.url(path).toString();
    }
}
