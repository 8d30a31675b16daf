package io.cdpkit.cdp.discovery;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;

/**
 * The answer of {@code GET /json/version}.
 *
 * @param browser product and version, e.g. {@code Chrome/156.0.8078.108}
 * @param protocolVersion the DevTools protocol version, e.g. {@code 1.3}
 * @param userAgent the browser's default User-Agent
 * @param v8Version the V8 version
 * @param webKitVersion the WebKit (Blink) version
 * @param webSocketDebuggerUrl the browser-level WebSocket to connect to
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BrowserVersion(
        @JsonProperty("Browser") String browser,
        @JsonProperty("Protocol-Version") String protocolVersion,
        @JsonProperty("User-Agent") String userAgent,
        @JsonProperty("V8-Version") String v8Version,
        @JsonProperty("WebKit-Version") String webKitVersion,
        @JsonProperty("webSocketDebuggerUrl") URI webSocketDebuggerUrl) {
}
