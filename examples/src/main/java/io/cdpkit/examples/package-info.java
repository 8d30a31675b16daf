/**
 * Small runnable programs built on cdpkit, one idea each, all in
 * {@code examples/target/cdpkit-examples.jar}: {@link io.cdpkit.examples.EchoDemo} talks to an
 * echo server, {@link io.cdpkit.examples.AutobahnClient} drives the Autobahn|Testsuite
 * conformance cases; {@link io.cdpkit.examples.Screenshot}, {@link io.cdpkit.examples.Pdf},
 * {@link io.cdpkit.examples.ScrapeTable} and {@link io.cdpkit.examples.Intercept} drive a headless
 * browser over CDP, on pages of their own {@link io.cdpkit.examples.DemoSite} when given no URL.
 * The end-to-end JUnit example ({@code FormSubmissionTest}) and the Testcontainers example
 * ({@code TestcontainersGridTest}) are tests, under {@code src/test}.
 */
package io.cdpkit.examples;
