package io.cdpkit.cdp;

/** When a navigation counts as done: the browser's lifecycle event of the new document to wait for. */
public enum WaitUntil {

    /** The {@code load} event: the document and its resources (images, scripts, frames) have loaded. */
    LOAD("load", "the load event"),

    /** The {@code DOMContentLoaded} event: the HTML is parsed; resources may still load. */
    DOM_CONTENT_LOADED("DOMContentLoaded", "the DOMContentLoaded event"),

    /**
     * No network request in flight for 500 ms after the load started (Puppeteer's
     * {@code networkidle0}; the browser's {@code networkIdle} lifecycle event).
     */
    NETWORK_IDLE("networkIdle", "network idle (no request in flight for 500 ms)");

    private final String lifecycleEvent;
    private final String description;

    WaitUntil(String lifecycleEvent, String description) {
        this.lifecycleEvent = lifecycleEvent;
        this.description = description;
    }

    /** The name of the {@code Page.lifecycleEvent} waited for. */
    String lifecycleEvent() {
        return lifecycleEvent;
    }

    /** What is waited for, for messages, e.g. {@code the load event}. */
    String description() {
        return description;
    }
}
