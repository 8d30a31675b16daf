package io.cdpkit.cdp;

import io.cdpkit.cdp.grid.GridOptions;
import io.cdpkit.cdp.grid.GridSession;
import io.cdpkit.cdp.launch.BrowserExit;
import io.cdpkit.cdp.launch.BrowserProcess;
import io.cdpkit.cdp.launch.ChromeLauncher;
import io.cdpkit.cdp.launch.LaunchOptions;
import io.cdpkit.cdp.protocol.browser.BrowserContextID;
import io.cdpkit.cdp.protocol.browser.BrowserDomain;
import io.cdpkit.cdp.protocol.browser.GetVersionResult;
import io.cdpkit.cdp.protocol.runtime.RuntimeDomain;
import io.cdpkit.cdp.protocol.target.AttachedToTarget;
import io.cdpkit.cdp.protocol.target.CreateTarget;
import io.cdpkit.cdp.protocol.target.GetBrowserContextsResult;
import io.cdpkit.cdp.protocol.target.TargetDomain;
import io.cdpkit.cdp.protocol.target.TargetInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A Chrome or Chromium browser driven over CDP: launched by cdpkit or connected to.
 *
 * <pre>{@code
 * try (Browser browser = Browser.launch()) {
 *     Page page = browser.newPage();
 *     page.navigate("http://127.0.0.1:8080/");
 * }
 * }</pre>
 *
 * <p>The browser session auto-attaches to every page in flat mode with
 * {@code waitForDebuggerOnStart}, so a new page or popup is paused until cdpkit has prepared it
 * and the {@link #onPage onPage} listeners have run: none of its events is missed. Other targets
 * (workers, browser UI) are resumed untouched.
 */
public final class Browser implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Browser.class.getName());
    private static final Duration EXIT_WAIT = Duration.ofSeconds(5);
    private static final String BLANK = "about:blank";

    private final CdpConnection connection;
    private final BrowserProcess process;
    private final GridSession gridSession;
    private final CdpSession session;
    private final PageTracker pages = new PageTracker();
    private final PageListeners pageListeners = new PageListeners();
    private final Map<String, BrowserContext> contexts = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final BrowserContext defaultContext;

    private Browser(CdpConnection connection, BrowserProcess process, GridSession gridSession,
            GetBrowserContextsResult known) {
        this.connection = connection;
        this.process = process;
        this.gridSession = gridSession;
        this.session = connection.browserSession();
        BrowserContextID defaultId = known.defaultBrowserContextId();
        this.defaultContext = new BrowserContext(this, defaultId == null ? null : defaultId.value(), true);
        if (known.browserContextIds() != null) {
            known.browserContextIds().forEach(id -> contextFor(id.value()));
        }
    }

    /** Launches a headless browser with {@link LaunchOptions#defaults()}. */
    public static Browser launch() {
        return launch(LaunchOptions.defaults());
    }

    /** Launches a browser with {@code options} and {@link CdpOptions#defaults()}. */
    public static Browser launch(LaunchOptions options) {
        return launch(options, CdpOptions.defaults());
    }

    /**
     * Launches a browser and connects to it. If the browser process exits, pending calls fail
     * with its exit code and the tail of its stderr. {@link #close()} ends the process and
     * deletes its temporary profile.
     *
     * @throws io.cdpkit.cdp.launch.BrowserLaunchException if the browser cannot be started
     */
    public static Browser launch(LaunchOptions launchOptions, CdpOptions cdpOptions) {
        Objects.requireNonNull(launchOptions, "launchOptions");
        Objects.requireNonNull(cdpOptions, "cdpOptions");
        BrowserProcess process = ChromeLauncher.launch(launchOptions);
        try {
            CdpConnection connection = CdpConnection.connect(process.webSocketUrl(), cdpOptions);
            connection.watchBrowserExit(process.onExit().thenApply(BrowserExit::description));
            return start(connection, process, null);
        } catch (RuntimeException e) {
            process.close();
            throw e;
        }
    }

    /** Connects with {@link CdpOptions#defaults()}; see {@link #connect(String, CdpOptions)}. */
    public static Browser connect(String url) {
        return connect(url, CdpOptions.defaults());
    }

    /**
     * Connects to a running browser: {@code ws://host:port/devtools/browser/<id>} or its
     * {@code http://host:port} DevTools endpoint. {@link #close()} only disconnects; contexts
     * made with {@link #newContext()} are disposed of by the browser when this client goes.
     */
    public static Browser connect(String url, CdpOptions options) {
        return start(CdpConnection.connect(url, options), null, null);
    }

    /** Connects through a Selenium Grid with {@link GridOptions#defaults()}; see {@link #connectGrid(String, GridOptions)}. */
    public static Browser connectGrid(String gridUrl) {
        return connectGrid(gridUrl, GridOptions.defaults());
    }

    /**
     * Gets a browser from a Selenium Grid ({@code http://host:4444}): creates a WebDriver session
     * with {@code options}' capabilities and connects to the browser's DevTools endpoint through
     * the Grid ({@code se:cdp}). {@link #close()} closes the CDP connection, then deletes the
     * session, which ends the browser on its node.
     *
     * @throws IllegalArgumentException if {@code gridUrl} is not an {@code http(s)://} URL
     * @throws io.cdpkit.cdp.grid.GridException if the Grid is unreachable, refuses the session
     *     or creates none within {@link GridOptions#sessionTimeout()}
     */
    public static Browser connectGrid(String gridUrl, GridOptions options) {
        GridSession gridSession = GridSession.create(gridUrl, options);
        try {
            return start(CdpConnection.connect(gridSession.cdpUrl(), options.cdpOptions()), null, gridSession);
        } catch (RuntimeException e) {
            try {
                gridSession.close();
            } catch (RuntimeException closeFailure) {
                e.addSuppressed(closeFailure);
            }
            throw e;
        }
    }

    private static Browser start(CdpConnection connection, BrowserProcess process, GridSession gridSession) {
        try {
            Browser browser = new Browser(connection, process, gridSession,
                    connection.browserSession().send(TargetDomain.getBrowserContexts()));
            browser.attachToPages();
            return browser;
        } catch (RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Auto-attaches to every page, present and future. */
    private void attachToPages() {
        session.on(AttachedToTarget.TYPE, this::onAttached);
        session.send(TargetDomain.setDiscoverTargets(true));
        session.send(TargetDomain.setAutoAttach(true, true).withFlatten(true));
    }

    /**
     * Runs on the browser session's event queue as each target attaches; never blocks it. A page
     * is prepared, announced to the onPage listeners, then resumed.
     */
    private void onAttached(AttachedToTarget event) {
        CdpSession target = connection.session(event.sessionId().value()).orElse(null);
        if (target == null) {
            return;
        }
        TargetInfo info = event.targetInfo();
        if (!"page".equals(info.type())) {
            resume(target, event.waitingForDebugger());
            return;
        }
        Page page = new Page(contextFor(info.browserContextId() == null ? null : info.browserContextId().value()), target);
        CompletableFuture<Void> ready = page.prepare()
                .thenRun(() -> announce(page))
                .thenCompose(prepared -> resume(target, event.waitingForDebugger()));
        pages.track(page, ready);
        ready.exceptionally(failure -> {
            LOG.log(System.Logger.Level.DEBUG, "page " + page.targetId() + " went away while being prepared", failure);
            return null;
        });
    }

    private static CompletableFuture<Void> resume(CdpSession target, boolean waiting) {
        return waiting
                ? target.sendAsync(RuntimeDomain.runIfWaitingForDebugger()).thenApply(resumed -> null)
                : CompletableFuture.completedFuture(null);
    }

    private void announce(Page page) {
        pageListeners.announce(page);
        page.context().pageListeners().announce(page);
    }

    private BrowserContext contextFor(String id) {
        if (id == null || id.equals(defaultContext.id())) {
            return defaultContext;
        }
        return contexts.computeIfAbsent(id, known -> new BrowserContext(this, known, false));
    }

    /** The browser's product, protocol, revision, user agent and V8 versions ({@code Browser.getVersion}). */
    public GetVersionResult version() {
        return session.send(BrowserDomain.getVersion());
    }

    /** Creates an isolated context (own cookies, storage and cache), like an incognito window. */
    public BrowserContext newContext() {
        String id = session.send(TargetDomain.createBrowserContext().withDisposeOnDetach(true))
                .browserContextId().value();
        return contextFor(id);
    }

    /** The default context, the browser's normal profile. */
    public BrowserContext defaultContext() {
        return defaultContext;
    }

    /** The default context and every other open one. */
    public List<BrowserContext> contexts() {
        List<BrowserContext> all = new ArrayList<>();
        all.add(defaultContext);
        all.addAll(contexts.values());
        return all;
    }

    /** Opens a new page in the default context; see {@link BrowserContext#newPage()}. */
    public Page newPage() {
        return newPage(defaultContext);
    }

    Page newPage(BrowserContext context) {
        CreateTarget create = TargetDomain.createTarget(BLANK);
        if (!context.isDefault()) {
            create = create.withBrowserContextId(BrowserContextID.of(context.id()));
        }
        String targetId = session.send(create).targetId().value();
        return pages.await(targetId, connection.options().callTimeout());
    }

    /** The open pages of every context, popups included. */
    public List<Page> pages() {
        return pages.pages();
    }

    /**
     * Calls {@code listener} with every new page of any context (new tabs, popups, pages opened
     * by others) after cdpkit prepared it and before it starts running, so the listener can
     * subscribe to its events without missing any. The listener runs on a dispatch thread and
     * may send commands; the page does not run until it returns, so it must not wait for the
     * page's own events.
     */
    public Subscription onPage(Consumer<Page> listener) {
        return pageListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    void forget(BrowserContext context) {
        contexts.remove(context.id(), context);
    }

    /** The underlying connection, for raw access. */
    public CdpConnection connection() {
        return connection;
    }

    /** The browser session, for browser-wide commands and events. */
    public CdpSession session() {
        return session;
    }

    /** The browser process, when cdpkit launched it. */
    public Optional<BrowserProcess> process() {
        return Optional.ofNullable(process);
    }

    /** The Selenium Grid session, when the browser came from {@link #connectGrid}. */
    public Optional<GridSession> gridSession() {
        return Optional.ofNullable(gridSession);
    }

    /** True until the connection to the browser ended. */
    public boolean isConnected() {
        return connection.isOpen();
    }

    /**
     * Launched browser: asks it to close ({@code Browser.close}), waits briefly for it to exit,
     * then ends its process tree and deletes its temporary profile. Connected browser: only
     * disconnects. Browser from a Grid: disconnects, then deletes the Grid session. Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (process == null) {
            connection.close();
            if (gridSession != null) {
                gridSession.close();
            }
            return;
        }
        try {
            if (connection.isOpen()) {
                session.sendAsync(BrowserDomain.close(), EXIT_WAIT);
                awaitExit();
            }
        } finally {
            connection.close();
            process.close();
        }
    }

    private void awaitExit() {
        try {
            process.onExit().get(EXIT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            LOG.log(System.Logger.Level.DEBUG, "the browser did not exit by itself; it will be killed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "Browser[" + connection.webSocketUrl() + (process == null ? "" : ", pid " + process.pid()) + "]";
    }
}
