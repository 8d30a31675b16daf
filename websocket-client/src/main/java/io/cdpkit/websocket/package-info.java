/**
 * An RFC 6455 WebSocket client on okio.
 *
 * <p>Start with {@link io.cdpkit.websocket.WebSocket#connect(String)}. A connection has one
 * reader thread that reads frames with blocking I/O. There is no writer thread: a send is
 * encoded on the calling thread, and the first sender that finds the socket idle writes
 * everything queued, so concurrent sends share socket writes (the reader and timer threads pass
 * long writes on to another thread). See {@link io.cdpkit.websocket.Connection} for the sending, receiving and
 * closing contract, {@link io.cdpkit.websocket.Options} for limits and behaviour.
 */
package io.cdpkit.websocket;
