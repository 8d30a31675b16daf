/**
 * A JUnit Jupiter extension that injects a {@link io.cdpkit.cdp.Browser}, an isolated
 * {@link io.cdpkit.cdp.BrowserContext} and a {@link io.cdpkit.cdp.Page} per test and saves the
 * pages of failed tests; see {@link io.cdpkit.cdp.junit.CdpkitExtension}. JUnit is an optional
 * dependency of cdp-client: this package needs JUnit Jupiter 5.13 or later on the test classpath.
 *
 * <pre>{@code
 * @CdpkitTest
 * class SearchTest {
 *     @Test
 *     void findsTheDocs(Page page) {
 *         page.navigate("http://127.0.0.1:8080/");
 *         page.type("#q", "cdpkit");
 *         page.press("Enter");
 *         assertEquals("Results", page.title());
 *     }
 * }
 * }</pre>
 */
package io.cdpkit.cdp.junit;
