package io.cdpkit.cdp.discovery;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns what a user gives to "connect to a browser" into the browser-level WebSocket URL: an
 * {@code http://host:port} endpoint is asked for its {@code webSocketDebuggerUrl}
 * ({@code GET /json/version}); a {@code ws://} or {@code wss://} URL is used as it is.
 */
public final class EndpointResolver {

    private EndpointResolver() {
    }

    /** Resolves {@code url} with {@link DevToolsEndpoint#DEFAULT_TIMEOUT}; see {@link #resolveWebSocketUrl(String, Duration)}. */
    public static URI resolveWebSocketUrl(String url) {
        return resolveWebSocketUrl(url, DevToolsEndpoint.DEFAULT_TIMEOUT);
    }

    /**
     * The WebSocket URL to connect to for {@code url}.
     *
     * @throws IllegalArgumentException if {@code url} is neither {@code ws(s)://...} nor {@code http(s)://host:port}
     * @throws DevToolsEndpointException if the HTTP endpoint cannot be asked or gives no WebSocket URL
     */
    public static URI resolveWebSocketUrl(String url, Duration timeout) {
        Objects.requireNonNull(url, "url");
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(invalid(url, e.getMessage()), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        switch (scheme) {
            case "ws":
            case "wss":
                if (uri.getHost() == null) {
                    throw new IllegalArgumentException(invalid(url, "it has no host"));
                }
                return uri;
            case "http":
            case "https":
                return webSocketUrlOf(DevToolsEndpoint.of(uri, timeout));
            default:
                throw new IllegalArgumentException(invalid(url, "unsupported scheme"));
        }
    }

    private static URI webSocketUrlOf(DevToolsEndpoint endpoint) {
        URI webSocketUrl = endpoint.version().webSocketDebuggerUrl();
        if (webSocketUrl == null) {
            URI requestUri = URI.create(endpoint.baseUrl() + "/json/version");
            throw new DevToolsEndpointException("GET " + requestUri + " gave no webSocketDebuggerUrl", requestUri, null);
        }
        return webSocketUrl;
    }

    private static String invalid(String url, String problem) {
        return "Cannot connect to '" + url + "': " + problem
                + "; expected a DevTools endpoint http://host:port or a browser WebSocket URL ws://host:port/devtools/browser/<id>";
    }
}
