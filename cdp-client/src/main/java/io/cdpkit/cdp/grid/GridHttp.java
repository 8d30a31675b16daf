package io.cdpkit.cdp.grid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * The WebDriver HTTP API of one Selenium Grid: JSON requests, each with its own timeout, answers
 * unwrapped from their {@code {"value": ...}} envelope, failures turned into {@link GridException}s.
 *
 * <p>All Grids share one JDK {@link HttpClient} (HTTP/1.1, created on first use, with a daemon
 * selector thread that lives as long as the JVM). A request that times out is cancelled and its
 * connection dropped, which is how a Grid learns that the client of a queued new-session request
 * has gone.
 */
final class GridHttp {

    /** The Jackson mapper of the grid package. */
    static final ObjectMapper JSON = new ObjectMapper();

    private static final int BODY_EXCERPT = 200;

    private final URI baseUrl;

    private GridHttp(URI baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * The Grid at {@code gridUrl}, e.g. {@code http://127.0.0.1:4444} (a path such as
     * {@code /wd/hub} is kept).
     *
     * @throws IllegalArgumentException if it is not an {@code http(s)://host[:port][/path]} URL
     */
    static GridHttp of(String gridUrl) {
        Objects.requireNonNull(gridUrl, "gridUrl");
        URI url;
        try {
            url = new URI(gridUrl.strip());
        } catch (URISyntaxException e) {
            throw invalidUrl(gridUrl, e.getMessage(), e);
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        String problem = !scheme.equals("http") && !scheme.equals("https") ? "the scheme must be http or https"
                : url.getHost() == null ? "it has no host"
                : url.getRawUserInfo() != null ? "user info (basic authentication) is not supported"
                : url.getRawQuery() != null || url.getRawFragment() != null ? "it must not have a query or fragment"
                : null;
        if (problem != null) {
            throw invalidUrl(gridUrl, problem, null);
        }
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        return new GridHttp(URI.create(scheme + "://" + url.getRawAuthority() + (path.endsWith("/") ? path : path + "/")));
    }

    /** The Grid's base URL, ending with {@code /}. */
    URI baseUrl() {
        return baseUrl;
    }

    /** The URL of {@code path}, relative to the base URL. */
    URI resolve(String path) {
        return baseUrl.resolve(path);
    }

    /**
     * {@code POST path} with a JSON body; the answer's {@code value}.
     *
     * @param timeoutHint appended to the timeout message, to say what a timeout may mean
     */
    JsonNode post(String path, JsonNode body, Duration timeout, String timeoutHint) {
        HttpRequest request = HttpRequest.newBuilder(resolve(path))
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .build();
        return send(request, timeout, timeoutHint);
    }

    /** {@code DELETE path}; the answer's {@code value}. */
    JsonNode delete(String path, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(resolve(path)).timeout(timeout).DELETE().build();
        return send(request, timeout, "");
    }

    private static JsonNode send(HttpRequest request, Duration timeout, String timeoutHint) {
        String method = request.method();
        URI uri = request.uri();
        HttpResponse<String> response;
        try {
            response = SharedClient.INSTANCE.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new GridTimeoutException(method, uri, timeout, timeoutHint, e);
        } catch (ConnectException e) {
            throw new GridUnreachableException(uri, e);
        } catch (IOException e) {
            throw new GridException(method + " " + uri + " failed: " + e, uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GridException("Interrupted during " + method + " " + uri, uri, e);
        }
        return valueOf(method, uri, response.statusCode(), response.body());
    }

    /** The {@code value} of a successful answer; the matching exception for an error answer. */
    private static JsonNode valueOf(String method, URI uri, int status, String body) {
        JsonNode value = parseValue(body);
        if (value == null) {
            throw new GridException(method + " " + uri + " answered HTTP " + status
                    + " with something that is not WebDriver JSON: '" + excerpt(body)
                    + "'; is this the URL of a Selenium Grid?", uri, null);
        }
        if (status / 100 == 2) {
            return value;
        }
        String error = value.path("error").asText("unknown error");
        String message = value.path("message").asText("");
        if (SessionNotCreatedException.ERROR_CODE.equals(error)) {
            throw new SessionNotCreatedException(method, uri, status, message);
        }
        throw new GridErrorException(method, uri, status, error, message);
    }

    /** The {@code value} member of a WebDriver answer, or null if the body is not one. */
    private static JsonNode parseValue(String body) {
        try {
            JsonNode answer = JSON.readTree(body);
            return answer != null && answer.isObject() && answer.has("value") ? answer.get("value") : null;
        } catch (JsonProcessingException notJson) {
            return null;
        }
    }

    private static String excerpt(String body) {
        String oneLine = body.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= BODY_EXCERPT ? oneLine : oneLine.substring(0, BODY_EXCERPT) + "...";
    }

    private static IllegalArgumentException invalidUrl(String gridUrl, String problem, Throwable cause) {
        return new IllegalArgumentException("Not a valid Selenium Grid URL: '" + gridUrl + "': " + problem
                + "; expected http://host:port, e.g. http://127.0.0.1:4444", cause);
    }

    @Override
    public String toString() {
        return "GridHttp[" + baseUrl + "]";
    }

    /** The HTTP client shared by all Grids, created on first request. */
    private static final class SharedClient {
        static final HttpClient INSTANCE = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(GridOptions.DEFAULT_REQUEST_TIMEOUT)
                .build();
    }
}
