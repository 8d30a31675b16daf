package io.cdpkit.cdp;

import com.fasterxml.jackson.databind.JsonNode;
import io.cdpkit.cdp.internal.Blocking;
import io.cdpkit.cdp.internal.PageScripts;
import io.cdpkit.cdp.internal.Timeouts;
import io.cdpkit.cdp.protocol.network.NetworkDomain;
import io.cdpkit.cdp.protocol.page.PageDomain;
import io.cdpkit.cdp.protocol.runtime.RuntimeDomain;
import io.cdpkit.cdp.protocol.target.DetachedFromTarget;
import io.cdpkit.cdp.protocol.target.TargetDomain;
import io.cdpkit.cdp.protocol.target.TargetID;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * A browser tab (a {@code page} target) with its attached {@link CdpSession}: navigation,
 * JavaScript, DOM queries, input, screenshots, PDFs, emulation, cookies, request interception
 * and the page's events, in the style of Puppeteer. Get one from {@link BrowserContext#newPage()},
 * {@link Browser#newPage()}, {@link Browser#pages()} or an {@link Browser#onPage onPage} listener
 * (popups included).
 *
 * <pre>{@code
 * try (Browser browser = Browser.launch()) {
 *     Page page = browser.newPage();
 *     Response response = page.navigate("http://127.0.0.1:8080/login");
 *     page.type("#user", "ada");
 *     page.click("button[type=submit]");
 *     page.waitForSelector("#welcome");
 *     page.screenshot(Path.of("welcome.png"), ScreenshotOptions.builder().fullPage(true).build());
 * }
 * }</pre>
 *
 * <p>Methods block until done and never longer than their timeout: the one they are given, or
 * the page's {@linkplain #defaultTimeout() default timeout} (the connection's call timeout
 * unless {@linkplain #setDefaultTimeout set}). A timeout throws {@link CdpTimeoutException} saying
 * what was waited for. Event listeners ({@link #onConsole}, {@link #onPageError},
 * {@link #onDialog}, {@link #intercept}) run on the page's event thread in the order events
 * arrive; they may call the page's methods, but must not wait for a later event of the page.
 * Page methods are thread-safe.
 */
public final class Page implements AutoCloseable {

    private static final Duration DEFAULT_INTERCEPT_TIMEOUT = Duration.ofSeconds(10);

    private final BrowserContext context;
    private final CdpSession session;
    private volatile Duration defaultTimeout;

    private final FrameTree frames;
    private final Evaluator evaluator;
    private final Poller poller;
    private final Navigator navigator;
    private final ElementGeometry geometry;
    private final Keyboard keyboard;
    private final Mouse mouse;
    private final Screenshots screenshots;
    private final PdfPrinter pdfPrinter;
    private final PageSettings settings;
    private final CookieJar cookieJar;
    private final Interceptor interceptor;
    private final ConsoleLog console;
    private final PageErrors pageErrors;
    private final Dialogs dialogs;

    /** Subscribes to every event the page API follows; nothing is sent until {@link #prepare()}. */
    Page(BrowserContext context, CdpSession session) {
        this.context = context;
        this.session = session;
        this.defaultTimeout = context.browser().connection().options().callTimeout();
        this.frames = new FrameTree(session, session.targetId());
        this.evaluator = new Evaluator(session, new ExecutionContexts(session));
        this.poller = new Poller(evaluator);
        this.navigator = new Navigator(session, frames.mainFrameId(), new DocumentResponses(session));
        this.geometry = new ElementGeometry(session);
        this.keyboard = new Keyboard(session, this::defaultTimeout);
        this.mouse = new Mouse(session, keyboard, this::defaultTimeout);
        this.screenshots = new Screenshots(session);
        this.pdfPrinter = new PdfPrinter(session);
        this.settings = new PageSettings(session);
        this.cookieJar = new CookieJar(session, this::url);
        this.interceptor = new Interceptor(session, this::defaultTimeout);
        this.console = new ConsoleLog(session);
        this.pageErrors = new PageErrors(session);
        this.dialogs = new Dialogs(session, this::defaultTimeout);
    }

    /**
     * Gets the page ready before it runs (it is paused when it attaches): enables the
     * {@code Page} (with lifecycle events), {@code Runtime} and {@code Network} domains and
     * reads the frame tree.
     */
    CompletableFuture<Void> prepare() {
        return CompletableFuture.allOf(
                session.sendAsync(PageDomain.enable()),
                session.sendAsync(PageDomain.setLifecycleEventsEnabled(true)),
                session.sendAsync(RuntimeDomain.enable()),
                session.sendAsync(NetworkDomain.enable()),
                session.sendAsync(PageDomain.getFrameTree()).thenAccept(tree -> frames.load(tree.frameTree())));
    }

    // ---- identity and settings ----

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

    /** How long methods without a timeout of their own wait; initially the connection's call timeout. */
    public Duration defaultTimeout() {
        return defaultTimeout;
    }

    /**
     * Sets how long methods without a timeout of their own wait.
     *
     * @throws IllegalArgumentException if it is not positive
     */
    public void setDefaultTimeout(Duration timeout) {
        this.defaultTimeout = Timeouts.requirePositive(timeout, "timeout");
    }

    // ---- navigation ----

    /** Navigates to {@code url} and waits for its load event; see {@link #navigate(String, NavigateOptions)}. */
    public Response navigate(String url) {
        return navigate(url, NavigateOptions.defaults());
    }

    /**
     * Navigates the main frame to {@code url} and waits for {@link NavigateOptions#waitUntil()}.
     *
     * @return the main document's response (a 404 is a response, not an error); null for a
     *         navigation within the same document (only the fragment changed)
     * @throws IllegalArgumentException if {@code url} is not an absolute URL
     * @throws NavigationException if the browser cannot load {@code url}, e.g. {@code net::ERR_CONNECTION_REFUSED}
     * @throws CdpTimeoutException naming the URL and the wait condition if it is not reached in time
     */
    public Response navigate(String url, NavigateOptions options) {
        return Waits.await(navigateAsync(url, options), "navigation to " + url);
    }

    /** The async twin of {@link #navigate(String, NavigateOptions)}. */
    public CompletableFuture<Response> navigateAsync(String url, NavigateOptions options) {
        Objects.requireNonNull(options, "options");
        return navigator.navigate(url, options.waitUntil(), timeoutOr(options.timeout()));
    }

    /** Reloads the page and waits for its load event. */
    public Response reload() {
        return reload(NavigateOptions.defaults());
    }

    /** Reloads the page and waits for {@link NavigateOptions#waitUntil()}; returns the new document's response. */
    public Response reload(NavigateOptions options) {
        Objects.requireNonNull(options, "options");
        return Waits.await(navigator.reload(url(), options.waitUntil(), timeoutOr(options.timeout())), "reload of " + url());
    }

    /** Runs {@code action} and waits for the navigation it starts to load; see {@link #waitForNavigation(NavigateOptions, Runnable)}. */
    public Response waitForNavigation(Runnable action) {
        return waitForNavigation(NavigateOptions.defaults(), action);
    }

    /**
     * Runs {@code action} (e.g. a click on a link or a submit button) and waits until the main
     * frame navigation it starts reaches {@link NavigateOptions#waitUntil()}. The wait starts
     * before the action runs, so a fast navigation is not missed.
     *
     * <pre>{@code
     * Response next = page.waitForNavigation(() -> page.click("a#next"));
     * }</pre>
     *
     * @return the new document's response; null if the navigation stayed within the document
     * @throws CdpTimeoutException if no navigation reaches the condition in time
     */
    public Response waitForNavigation(NavigateOptions options, Runnable action) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(action, "action");
        String what = options.waitUntil().description() + " of a navigation away from " + url();
        return Waits.await(navigator.navigationBy(() -> {
            action.run();
            return CompletableFuture.completedFuture(null);
        }, options.waitUntil(), timeoutOr(options.timeout()), what), what);
    }

    /** The URL of the main frame's document. */
    public String url() {
        return mainFrame().url();
    }

    /** The document's title. */
    public String title() {
        return mainFrame().title();
    }

    /** The document's HTML ({@code outerHTML} of the root element), doctype included. */
    public String content() {
        return mainFrame().content();
    }

    /**
     * Replaces the document with {@code html} and waits until it and its resources have loaded.
     * The page keeps its URL.
     */
    public void setContent(String html) {
        Objects.requireNonNull(html, "html");
        session.send(PageDomain.setDocumentContent(
                io.cdpkit.cdp.protocol.page.FrameId.of(frames.mainFrameId()), html), defaultTimeout);
        mainFrame().waitForFunction(PageScripts.LOADED, defaultTimeout);
    }

    // ---- JavaScript ----

    /** Runs JavaScript in the main frame; see {@link Frame#evaluate(String, Object...)}. */
    public JsonNode evaluate(String expressionOrFunction, Object... args) {
        return mainFrame().evaluate(expressionOrFunction, args);
    }

    /** Runs JavaScript in the main frame, converting the result; see {@link Frame#evaluate(Class, String, Object...)}. */
    public <T> T evaluate(Class<T> type, String expressionOrFunction, Object... args) {
        return mainFrame().evaluate(type, expressionOrFunction, args);
    }

    /** The async twin of {@link #evaluate(String, Object...)}. */
    public CompletableFuture<JsonNode> evaluateAsync(String expressionOrFunction, Object... args) {
        return mainFrame().evaluateAsync(expressionOrFunction, args);
    }

    // ---- DOM ----

    /** Waits for a matching element in the main frame; see {@link Frame#waitForSelector(String, Duration)}. */
    public ElementHandle waitForSelector(String selector) {
        return mainFrame().waitForSelector(selector);
    }

    /** Waits for a matching element in the main frame; see {@link Frame#waitForSelector(String, Duration)}. */
    public ElementHandle waitForSelector(String selector, Duration timeout) {
        return mainFrame().waitForSelector(selector, timeout);
    }

    /** Waits for a truthy value in the main frame; see {@link Frame#waitForFunction(String, Duration, Object...)}. */
    public JsonNode waitForFunction(String function, Duration timeout, Object... args) {
        return mainFrame().waitForFunction(function, timeout, args);
    }

    /** The first element of the main frame matching {@code selector} now, or null. */
    public ElementHandle querySelector(String selector) {
        return mainFrame().querySelector(selector);
    }

    /** Every element of the main frame matching {@code selector} now. */
    public List<ElementHandle> querySelectorAll(String selector) {
        return mainFrame().querySelectorAll(selector);
    }

    // ---- input ----

    /**
     * Waits for the element matching {@code selector}, scrolls it into view and clicks its centre.
     *
     * @throws CdpTimeoutException naming the selector if it does not appear within the default timeout
     * @throws IllegalStateException if the element is not visible
     */
    public void click(String selector) {
        try (ElementHandle element = waitForSelector(selector)) {
            element.click();
        }
    }

    /** Waits for the element matching {@code selector}, focuses it and types {@code text} key by key. */
    public void type(String selector, String text) {
        Objects.requireNonNull(text, "text");
        try (ElementHandle element = waitForSelector(selector)) {
            element.type(text);
        }
    }

    /** Presses {@code key} in the focused element; see {@link Keyboard#press(String)}. */
    public void press(String key) {
        keyboard.press(key);
    }

    /** Waits for the element matching {@code selector}, scrolls it into view and moves the mouse to its centre. */
    public void hover(String selector) {
        try (ElementHandle element = waitForSelector(selector)) {
            element.hover();
        }
    }

    /** The page's keyboard. */
    public Keyboard keyboard() {
        return keyboard;
    }

    /** The page's mouse. */
    public Mouse mouse() {
        return mouse;
    }

    // ---- screenshots and PDF ----

    /** The viewport as PNG. */
    public byte[] screenshot() {
        return screenshot(ScreenshotOptions.defaults());
    }

    /**
     * Captures the page as {@code options} say.
     *
     * @throws CdpTimeoutException if the options' selector does not match within the timeout
     */
    public byte[] screenshot(ScreenshotOptions options) {
        Objects.requireNonNull(options, "options");
        return screenshots.toBytes(options, screenshotArea(options), timeoutOr(options.timeout()));
    }

    /** Captures the page into {@code file}, decoded from base64 while it arrives; no partial file is left on failure. */
    public void screenshot(Path file, ScreenshotOptions options) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        screenshots.toFile(file, options, screenshotArea(options), timeoutOr(options.timeout()));
    }

    /** Prints the page to a PDF file with the browser's defaults. */
    public void pdf(Path file) {
        pdf(file, PdfOptions.defaults());
    }

    /**
     * Prints the page to a PDF file, streamed chunk by chunk; no partial file is left on failure.
     * Only headless browsers can print.
     */
    public void pdf(Path file, PdfOptions options) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        pdfPrinter.print(file, options, timeoutOr(options.timeout()));
    }

    // ---- emulation and network settings ----

    /**
     * Emulates a viewport of {@code width} x {@code height} CSS pixels.
     *
     * @throws IllegalArgumentException if a size is not within 1-10,000,000
     */
    public void setViewport(int width, int height) {
        setViewport(Viewport.of(width, height));
    }

    /** Emulates {@code viewport} (size, device scale factor, mobile). */
    public void setViewport(Viewport viewport) {
        settings.setViewport(viewport, defaultTimeout);
    }

    /**
     * Sends {@code userAgent} in requests and reports it as {@code navigator.userAgent}.
     *
     * @throws IllegalArgumentException if it is blank
     */
    public void setUserAgent(String userAgent) {
        settings.setUserAgent(userAgent, defaultTimeout);
    }

    /**
     * Adds {@code headers} to every request the page makes from now on; replaces headers set before.
     *
     * @throws IllegalArgumentException if a header name is blank or contains spaces or colons
     */
    public void setExtraHeaders(Map<String, String> headers) {
        settings.setExtraHeaders(headers, defaultTimeout);
    }

    // ---- cookies ----

    /** The cookies of the page's URL (and its frames' URLs). */
    public List<Cookie> cookies() {
        return cookieJar.cookies(defaultTimeout);
    }

    /**
     * Sets {@code cookies}; one without a domain is set for the page's URL.
     *
     * @throws IllegalArgumentException if a cookie has no domain and the page has no http(s) URL yet
     */
    public void setCookies(Cookie... cookies) {
        cookieJar.set(cookies, defaultTimeout);
    }

    /** Deletes every cookie of the page's browser context. */
    public void clearCookies() {
        cookieJar.clear(defaultTimeout);
    }

    // ---- request interception ----

    /** Intercepts requests, continuing undecided ones after 10 s; see {@link #intercept(String, Duration, Consumer)}. */
    public Subscription intercept(String urlPattern, Consumer<InterceptedRequest> handler) {
        return intercept(urlPattern, DEFAULT_INTERCEPT_TIMEOUT, handler);
    }

    /**
     * Pauses every request whose URL matches {@code urlPattern} ({@code *} any run of
     * characters, {@code ?} one character, e.g. {@code *}{@code /api/*}) and hands it to
     * {@code handler}, which continues, fulfils or aborts it. If several patterns match, the
     * handler registered last gets the request. A request the handler leaves undecided is
     * continued after {@code decisionTimeout}; one whose handler throws is continued at once.
     * Closing the subscription stops intercepting that pattern (and the {@code Fetch} domain when
     * no interceptor is left).
     *
     * @throws IllegalArgumentException if the pattern is blank
     */
    public Subscription intercept(String urlPattern, Duration decisionTimeout, Consumer<InterceptedRequest> handler) {
        Timeouts.requirePositive(decisionTimeout, "decisionTimeout");
        return interceptor.add(urlPattern, decisionTimeout, Objects.requireNonNull(handler, "handler"));
    }

    // ---- events ----

    /** Calls {@code listener} with every console message from now on. */
    public Subscription onConsole(Consumer<ConsoleMessage> listener) {
        return console.onMessage(Objects.requireNonNull(listener, "listener"));
    }

    /** The console messages since the page was created, oldest first (the last 1,000). */
    public List<ConsoleMessage> consoleMessages() {
        return console.recent();
    }

    /** Calls {@code listener} with every exception the page's scripts do not catch. */
    public Subscription onPageError(Consumer<PageError> listener) {
        return pageErrors.onError(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Calls {@code listener} with every dialog the page opens; answer it there. A dialog left
     * unanswered is dismissed (a {@code beforeunload} one accepted), also when no listener is
     * registered, so a page never stays blocked.
     */
    public Subscription onDialog(Consumer<Dialog> listener) {
        return dialogs.onDialog(Objects.requireNonNull(listener, "listener"));
    }

    // ---- frames ----

    /** The page's main frame. */
    public Frame mainFrame() {
        return new Frame(this, frames.mainFrameId());
    }

    /** Every frame of the page, parents before their children, the main frame first. */
    public List<Frame> frames() {
        return frames.ids().stream().map(id -> new Frame(this, id)).toList();
    }

    // ---- lifecycle ----

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
        browser().session().send(TargetDomain.closeTarget(TargetID.of(targetId())), defaultTimeout);
        Blocking.await(session.detached(), defaultTimeout, DetachedFromTarget.TYPE.method(), "page " + targetId() + " to close");
    }

    @Override
    public String toString() {
        return "Page[" + targetId() + (isClosed() ? ", closed" : "") + "]";
    }

    // ---- parts, for Frame and ElementHandle ----

    FrameTree frameTree() {
        return frames;
    }

    Evaluator evaluator() {
        return evaluator;
    }

    Poller poller() {
        return poller;
    }

    ElementGeometry geometry() {
        return geometry;
    }

    Screenshots screenshots() {
        return screenshots;
    }

    /** {@code timeout}, or the default timeout when it is null. */
    Duration timeoutOr(Duration timeout) {
        return timeout == null ? defaultTimeout : timeout;
    }

    private BoundingBox screenshotArea(ScreenshotOptions options) {
        if (options.selector() == null) {
            return options.clip();
        }
        try (ElementHandle element = waitForSelector(options.selector(), timeoutOr(options.timeout()))) {
            return element.documentBox();
        }
    }
}
