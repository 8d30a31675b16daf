/**
 * JMH benchmarks of websocket-client's internals (masking, frame encoding and reading, UTF-8
 * validation, permessage-deflate). They sit in the library's own package because the classes
 * they measure are package-private; the benchmark jar is used on the class path, where a package
 * may span two jars.
 */
package io.cdpkit.websocket.internal;
