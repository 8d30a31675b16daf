/**
 * An RFC 6455 WebSocket client on okio.
 *
 * <p>Start with {@link io.cdpkit.websocket.WebSocket#connect(String)}. A connection has one
 * reader thread that reads frames with blocking I/O; writes are serialized and happen on the
 * calling thread. See {@link io.cdpkit.websocket.Connection} for the sending, receiving and
 * closing contract, {@link io.cdpkit.websocket.Options} for limits and behaviour.
 */
package io.cdpkit.websocket;
