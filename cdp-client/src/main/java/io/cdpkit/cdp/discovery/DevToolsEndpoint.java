package io.cdpkit.cdp.discovery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The HTTP side of a browser's DevTools server ({@code http://host:port}): version, targets,
 * protocol schema, and opening, activating and closing targets.
 *
 * <pre>{@code
 * DevToolsEndpoint endpoint = DevToolsEndpoint.of("http://127.0.0.1:9222");
 * URI browserSocket = endpoint.version().webSocketDebuggerUrl();
 * }</pre>
 *
 * <p>Every request has a timeout (default {@link #DEFAULT_TIMEOUT}). Requests carry the endpoint's
 * host as {@code Host} (Chrome answers only to {@code localhost} or an IP address) and never an
 * {@code Origin}. Failures are {@link DevToolsEndpointException}s that say what to do.
 *
 * <p>Instances are immutable, thread-safe and hold no resources: all of them share one JDK
 * {@link HttpClient}, created on first use, whose daemon selector thread lives as long as the JVM
 * (a Java 17 {@code HttpClient} cannot be shut down).
 */
public final class DevToolsEndpoint {

    /** The request timeout used unless another is given. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final JavaType VERSION = JSON.constructType(BrowserVersion.class);
    private static final JavaType TARGET = JSON.constructType(DevToolsTarget.class);
    private static final JavaType TARGET_LIST =
            JSON.getTypeFactory().constructCollectionType(List.class, DevToolsTarget.class);
    private static final JavaType JSON_TREE = JSON.constructType(JsonNode.class);

    private final URI baseUrl;
    private final Duration timeout;

    private DevToolsEndpoint(URI baseUrl, Duration timeout) {
        this.baseUrl = baseUrl;
        this.timeout = timeout;
    }

    /** The endpoint at {@code httpUrl} ({@code http://host:port}) with the default timeout. */
    public static DevToolsEndpoint of(String httpUrl) {
        return of(toUri(httpUrl), DEFAULT_TIMEOUT);
    }

    /** The endpoint at {@code httpUrl} ({@code http://host:port}) with the default timeout. */
    public static DevToolsEndpoint of(URI httpUrl) {
        return of(httpUrl, DEFAULT_TIMEOUT);
    }

    /**
     * The endpoint at {@code httpUrl} whose requests time out after {@code timeout}.
     *
     * @throws IllegalArgumentException unless the URL is {@code http(s)://host:port} with an explicit
     *     port and nothing after it but an optional {@code /}, or if the timeout is not positive
     */
    public static DevToolsEndpoint of(URI httpUrl, Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        return new DevToolsEndpoint(validate(httpUrl), timeout);
    }

    /** The base URL, {@code http://host:port}. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** The timeout of each request. */
    public Duration timeout() {
        return timeout;
    }

    /** The same endpoint with another request timeout. */
    public DevToolsEndpoint withTimeout(Duration timeout) {
        return of(baseUrl, timeout);
    }

    /** {@code GET /json/version}: browser and protocol versions and the browser-level WebSocket URL. */
    public BrowserVersion version() {
        return request("GET", "/json/version", VERSION);
    }

    /** {@code GET /json/list}: every target (pages, iframes, workers, ...). */
    public List<DevToolsTarget> list() {
        return request("GET", "/json/list", TARGET_LIST);
    }

    /** {@code GET /json/protocol}: the protocol schema the browser speaks, as raw JSON. */
    public JsonNode protocol() {
        return request("GET", "/json/protocol", JSON_TREE);
    }

    /** {@code PUT /json/new?<url>}: opens a new page at {@code url} and returns its target. */
    public DevToolsTarget newTarget(String url) {
        Objects.requireNonNull(url, "url");
        return request("PUT", "/json/new?" + URLEncoder.encode(url, StandardCharsets.UTF_8).replace("+", "%20"),
                TARGET);
    }

    /** {@code GET /json/activate/<id>}: brings the target's page to the front. */
    public void activateTarget(String targetId) {
        send("GET", "/json/activate/" + encodeTargetId(targetId));
    }

    /**
     * {@code GET /json/close/<id>}: asks the browser to close the target. Closing is asynchronous:
     * the target may still be listed for a moment.
     *
     * @throws UnexpectedResponseException with status 404 if no target has this id
     */
    public void closeTarget(String targetId) {
        send("GET", "/json/close/" + encodeTargetId(targetId));
    }

    @Override
    public String toString() {
        return "DevToolsEndpoint[" + baseUrl + "]";
    }

    private <T> T request(String method, String path, JavaType type) {
        String body = send(method, path);
        try {
            T value = JSON.readValue(body, type);
            if (value == null) {
                throw new UnexpectedResponseException(method, resolve(path), 200, body, "answered null", null);
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new UnexpectedResponseException(method, resolve(path), 200, body,
                    "answered with something that is not the expected DevTools JSON", e);
        }
    }

    private String send(String method, String path) {
        URI uri = resolve(path);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<String> response;
        try {
            response = SharedClient.INSTANCE.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new EndpointTimeoutException(method, uri, timeout, e);
        } catch (ConnectException e) {
            throw new EndpointUnreachableException(uri, e);
        } catch (IOException e) {
            throw new DevToolsEndpointException(method + " " + uri + " failed: " + e, uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevToolsEndpointException("Interrupted during " + method + " " + uri, uri, e);
        }
        if (response.statusCode() != 200) {
            throw DevToolsErrors.fromResponse(method, uri, response.statusCode(), response.body());
        }
        return response.body();
    }

    private URI resolve(String pathAndQuery) {
        return URI.create(baseUrl + pathAndQuery);
    }

    private static String encodeTargetId(String targetId) {
        if (Objects.requireNonNull(targetId, "targetId").isBlank()) {
            throw new IllegalArgumentException("targetId must not be blank: '" + targetId + "'");
        }
        return URLEncoder.encode(targetId, StandardCharsets.UTF_8);
    }

    private static URI toUri(String httpUrl) {
        Objects.requireNonNull(httpUrl, "httpUrl");
        try {
            return new URI(httpUrl.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a valid DevTools endpoint URL: '" + httpUrl + "' (" + e.getMessage()
                    + "); expected http://host:port", e);
        }
    }

    private static URI validate(URI url) {
        Objects.requireNonNull(url, "httpUrl");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        String problem = !scheme.equals("http") && !scheme.equals("https") ? "the scheme must be http or https"
                : url.getHost() == null ? "it has no host"
                : url.getPort() < 0 ? "it has no port (Chrome's is the value of --remote-debugging-port)"
                : url.getRawUserInfo() != null ? "it must not contain user info"
                : !path.isEmpty() && !path.equals("/") ? "it must not have a path (the /json/... paths are added)"
                : url.getRawQuery() != null || url.getRawFragment() != null ? "it must not have a query or fragment"
                : null;
        if (problem != null) {
            throw new IllegalArgumentException("Not a valid DevTools endpoint URL: '" + url + "': " + problem
                    + "; expected http://host:port");
        }
        return URI.create(scheme + "://" + url.getRawAuthority());
    }

    /** The HTTP client shared by all endpoints, created on first request. */
    private static final class SharedClient {
        static final HttpClient INSTANCE = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }
}
