/**
 * Scale-out over Selenium Grid: a W3C WebDriver session client (plain {@code java.net.http} and
 * Jackson, no Selenium at run time) that asks a Grid for a Chromium-based browser and hands its
 * DevTools endpoint ({@code se:cdp}) to cdpkit. Most users call
 * {@link io.cdpkit.cdp.Browser#connectGrid(String, GridOptions)}:
 *
 * <pre>{@code
 * try (Browser browser = Browser.connectGrid("http://127.0.0.1:4444")) {
 *     Page page = browser.newPage();
 * }
 * }</pre>
 */
package io.cdpkit.cdp.grid;
