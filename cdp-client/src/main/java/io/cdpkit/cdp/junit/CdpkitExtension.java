package io.cdpkit.cdp.junit;

import io.cdpkit.cdp.Browser;
import io.cdpkit.cdp.BrowserContext;
import io.cdpkit.cdp.Page;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext.Store;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * JUnit Jupiter extension (5.13 or later) that gives tests a browser: register it with
 * {@link CdpkitTest @CdpkitTest} or {@code @ExtendWith(CdpkitExtension.class)} and declare
 * parameters of these types in constructors, lifecycle methods and test methods:
 *
 * <ul>
 *   <li>{@link Browser}: one per top-level test class, closed after it, or one for the whole run
 *       ({@link BrowserScope});</li>
 *   <li>{@link BrowserContext}: a fresh isolated context per test (no cookies, storage or cache
 *       shared with other tests), closed after the test with all its pages;</li>
 *   <li>{@link Page}: a page in that context, the same one for every parameter of the test.</li>
 * </ul>
 *
 * <p>{@code BrowserContext} and {@code Page} belong to a test, so {@code @BeforeAll} methods and
 * constructors of {@code @TestInstance(PER_CLASS)} classes can take only the {@code Browser}.
 *
 * <p><b>Failure reports.</b> When a test fails (in the test method, or in a {@code @BeforeEach} or
 * {@code @AfterEach} method), the extension saves a full-page screenshot, the HTML and the console
 * log of every open page of the test's context into
 * {@code target/cdpkit-reports/<test class>/<test method>/} (a parameterized or repeated test's
 * invocation adds {@code -<n>}), before the context is closed. The folder is named in three places:
 * a {@link FailureReport} added to the failure as a suppressed exception, so it shows wherever the
 * failure's stack trace does (IDE, Surefire reports); a report entry {@code cdpkit.report}, for
 * tools that read JUnit's reports; and a WARNING through {@link System.Logger}, which by default
 * prints to standard error in the build's output.
 *
 * <p><b>Settings</b>, each a JUnit configuration parameter or system property (e.g.
 * {@code -Dcdpkit.headful=true}), else an environment variable:
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>property</th><th>environment</th><th>meaning</th></tr>
 *   <tr><td>{@code cdpkit.browser}</td><td>{@code CDPKIT_BROWSER}</td>
 *       <td>the Chrome or Chromium binary to launch (default: {@code CHROME_PATH} or the usual names on the PATH)</td></tr>
 *   <tr><td>{@code cdpkit.headful}</td><td>{@code CDPKIT_HEADFUL}</td>
 *       <td>{@code true} to show the browser's window (default {@code false})</td></tr>
 *   <tr><td>{@code cdpkit.browserArgs}</td><td>{@code CDPKIT_BROWSER_ARGS}</td>
 *       <td>extra browser arguments, separated by spaces</td></tr>
 *   <tr><td>{@code cdpkit.browserUrl}</td><td>{@code CDPKIT_BROWSER_URL}</td>
 *       <td>connect to this running browser ({@code http://host:port} or {@code ws://...}) instead of launching one</td></tr>
 *   <tr><td>{@code cdpkit.gridUrl}</td><td>{@code CDPKIT_GRID_URL}</td>
 *       <td>get the browser from this Selenium Grid ({@link Browser#connectGrid}) instead</td></tr>
 *   <tr><td>{@code cdpkit.browserScope}</td><td>{@code CDPKIT_BROWSER_SCOPE}</td>
 *       <td>{@code class} (default) or {@code run}, for classes whose {@link CdpkitTest} does not say</td></tr>
 *   <tr><td>{@code cdpkit.reportDir}</td><td>{@code CDPKIT_REPORT_DIR}</td>
 *       <td>where failure reports go (default {@code target/cdpkit-reports})</td></tr>
 * </table>
 */
public final class CdpkitExtension implements ParameterResolver, AfterTestExecutionCallback, AfterEachCallback {

    /** The key of the report entry that names a failure report's folder. */
    public static final String REPORT_ENTRY = "cdpkit.report";

    private static final System.Logger LOG = System.getLogger(CdpkitExtension.class.getName());
    private static final Namespace NAMESPACE = Namespace.create(CdpkitExtension.class);
    private static final Set<Class<?>> INJECTED = Set.of(Browser.class, BrowserContext.class, Page.class);
    private static final String REPORTED = "failure reported";

    /** Creates the extension; JUnit does, for {@code @ExtendWith}. */
    public CdpkitExtension() {
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return INJECTED.contains(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == Browser.class) {
            return browser(context);
        }
        if (context.getTestMethod().isEmpty()) {
            throw new ParameterResolutionException("cdpkit gives each test its own " + type.getSimpleName()
                    + ", so " + parameter.getDeclaringExecutable() + " cannot take one (it runs outside a test);"
                    + " take the Browser there instead");
        }
        IsolatedContext isolated = isolatedContext(context);
        return type == Page.class ? isolated.page() : isolated.context();
    }

    /** Constructors of per-test instances get the test's context, so they can take its page. */
    @Override
    public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
        return ExtensionContextScope.TEST_METHOD;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        reportFailure(context);
    }

    /** Reports failures of {@code @BeforeEach} and {@code @AfterEach} methods, which skip {@link #afterTestExecution}. */
    @Override
    public void afterEach(ExtensionContext context) {
        reportFailure(context);
    }

    private static Browser browser(ExtensionContext context) {
        CdpkitSettings settings = CdpkitSettings.from(context);
        return browserHolder(context, settings).getStore(NAMESPACE)
                .getOrComputeIfAbsent(Browser.class, key -> settings.openBrowser(), Browser.class);
    }

    /** The context whose store holds the browser: the run's root, or the top-level test class. */
    private static ExtensionContext browserHolder(ExtensionContext context, CdpkitSettings settings) {
        if (scopeOf(context, settings) == BrowserScope.RUN) {
            return context.getRoot();
        }
        ExtensionContext topLevelClass = context;
        while (topLevelClass.getParent().flatMap(ExtensionContext::getTestClass).isPresent()) {
            topLevelClass = topLevelClass.getParent().get();
        }
        return topLevelClass;
    }

    /** The scope the innermost {@link CdpkitTest} declares, else the one of the settings. */
    private static BrowserScope scopeOf(ExtensionContext context, CdpkitSettings settings) {
        for (Optional<ExtensionContext> level = Optional.of(context); level.isPresent(); level = level.get().getParent()) {
            Optional<BrowserScope> declared = level.get().getTestClass()
                    .flatMap(type -> AnnotationSupport.findAnnotation(type, CdpkitTest.class))
                    .map(CdpkitTest::browserScope)
                    .filter(scope -> scope != BrowserScope.DEFAULT);
            if (declared.isPresent()) {
                return declared.get();
            }
        }
        return settings.browserScope();
    }

    /** The test's context, opened on first use and closed by JUnit when the test's store closes. */
    private static IsolatedContext isolatedContext(ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(IsolatedContext.class,
                key -> new IsolatedContext(browser(context)), IsolatedContext.class);
    }

    private static void reportFailure(ExtensionContext context) {
        Store store = context.getStore(NAMESPACE);
        Throwable failure = context.getExecutionException().orElse(null);
        IsolatedContext isolated = store.get(IsolatedContext.class, IsolatedContext.class);
        if (failure == null || isolated == null || store.get(REPORTED) != null) {
            return;
        }
        store.put(REPORTED, Boolean.TRUE);
        Path folder = CdpkitSettings.from(context).reportDir()
                .resolve(ReportNames.ofClass(context)).resolve(ReportNames.ofTest(context));
        FailureReport report = FailureReportWriter.write(isolated.context(), folder);
        failure.addSuppressed(report);
        context.publishReportEntry(REPORT_ENTRY, report.folder().toString());
        LOG.log(System.Logger.Level.WARNING, context.getDisplayName() + " failed: " + report.getMessage());
    }
}
