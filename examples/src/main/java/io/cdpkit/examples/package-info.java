/**
 * Small runnable programs built on cdpkit, one idea each: {@link io.cdpkit.examples.EchoDemo}
 * talks to an echo server, {@link io.cdpkit.examples.AutobahnClient} drives the
 * Autobahn|Testsuite conformance cases. All of them ship in {@code examples/target/cdpkit-examples.jar}.
 */
package io.cdpkit.examples;
