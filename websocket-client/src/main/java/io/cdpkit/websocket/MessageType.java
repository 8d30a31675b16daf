package io.cdpkit.websocket;

/** Whether a message carries UTF-8 text or binary data. */
public enum MessageType {
    /** A text message: its payload is valid UTF-8. */
    TEXT,
    /** A binary message. */
    BINARY
}
