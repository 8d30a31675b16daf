package io.cdpkit.websocket;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the client asks for in the opening handshake: the URI, extra request headers, the
 * subprotocols it offers and, only when set, an {@code Origin} header.
 *
 * <p>Instances are immutable; every {@code with...} method returns a copy. No {@code Origin}
 * header is sent unless {@link #withOrigin(String)} is called (Chrome answers 403 to origins it
 * was not told to allow).
 */
public final class Handshake {

    /** Headers the client computes itself; callers may not set them. */
    private static final Set<String> RESERVED_HEADERS = Set.of(
            "host", "upgrade", "connection", "sec-websocket-key", "sec-websocket-version",
            "sec-websocket-extensions", "sec-websocket-protocol", "origin", "content-length",
            "transfer-encoding");

    private final URI uri;
    private final List<Header> headers;
    private final List<String> subprotocols;
    private final String origin;

    private Handshake(URI uri, List<Header> headers, List<String> subprotocols, String origin) {
        this.uri = uri;
        this.headers = headers;
        this.subprotocols = subprotocols;
        this.origin = origin;
    }

    /** A handshake for {@code uri}; see {@link #of(URI)} for what is accepted. */
    public static Handshake of(String uri) {
        Objects.requireNonNull(uri, "uri");
        try {
            return of(new URI(uri));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Malformed WebSocket URI '" + uri + "': " + e.getMessage(), e);
        }
    }

    /**
     * A handshake for {@code uri}, which must use the {@code ws} or {@code wss} scheme, name a
     * host (IPv6 literals in brackets are fine), have a port in 1..65535 if any, and carry no
     * fragment.
     *
     * @throws IllegalArgumentException naming the URI when it is not a usable WebSocket URI
     */
    public static Handshake of(URI uri) {
        Objects.requireNonNull(uri, "uri");
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"ws".equals(scheme) && !"wss".equals(scheme)) {
            throw new IllegalArgumentException(
                    "Unsupported WebSocket URI '" + uri + "': the scheme must be ws:// or wss://");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("WebSocket URI '" + uri + "' has no host (or a malformed authority)");
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535) {
            throw new IllegalArgumentException("WebSocket URI '" + uri + "' has a bad port: " + uri.getPort());
        }
        if (uri.getRawFragment() != null) {
            throw new IllegalArgumentException("WebSocket URI '" + uri + "' must not have a fragment");
        }
        return new Handshake(uri, List.of(), List.of(), null);
    }

    /**
     * Adds a request header. Headers the protocol computes ({@code Host}, {@code Upgrade},
     * {@code Connection}, {@code Sec-WebSocket-*}, {@code Origin}) cannot be set here.
     *
     * @throws IllegalArgumentException for a reserved or malformed name or a value with line breaks
     */
    public Handshake withHeader(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (!isToken(name)) {
            throw new IllegalArgumentException("Invalid header name '" + name + "'");
        }
        if (RESERVED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("Header '" + name + "' is set by the client itself"
                    + (name.equalsIgnoreCase("origin") ? "; use withOrigin()" : "")
                    + (name.equalsIgnoreCase("sec-websocket-protocol") ? "; use withSubprotocols()" : ""));
        }
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("Header '" + name + "' has a value with a line break or NUL");
        }
        List<Header> copy = new ArrayList<>(headers);
        copy.add(new Header(name, value));
        return new Handshake(uri, Collections.unmodifiableList(copy), subprotocols, origin);
    }

    /**
     * Offers these subprotocols, most preferred first; the server picks at most one
     * ({@link Connection#subprotocol()}).
     *
     * @throws IllegalArgumentException for an empty or malformed protocol name
     */
    public Handshake withSubprotocols(String... protocols) {
        List<String> list = new ArrayList<>();
        for (String protocol : protocols) {
            if (protocol == null || !isToken(protocol)) {
                throw new IllegalArgumentException("Invalid subprotocol '" + protocol + "'");
            }
            list.add(protocol);
        }
        return new Handshake(uri, headers, List.copyOf(list), origin);
    }

    /** Sends {@code Origin: origin} (not sent by default). */
    public Handshake withOrigin(String origin) {
        Objects.requireNonNull(origin, "origin");
        if (origin.indexOf('\r') >= 0 || origin.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("Origin '" + origin + "' has a line break");
        }
        return new Handshake(uri, headers, subprotocols, origin);
    }

    /** The URI to connect to. */
    public URI uri() {
        return uri;
    }

    /** True for {@code wss://}. */
    public boolean isSecure() {
        return "wss".equalsIgnoreCase(uri.getScheme());
    }

    /** The extra request headers, in the order they were added. */
    public List<Header> headers() {
        return headers;
    }

    /** The offered subprotocols, most preferred first. */
    public List<String> subprotocols() {
        return subprotocols;
    }

    /** The {@code Origin} header to send, if any. */
    public Optional<String> origin() {
        return Optional.ofNullable(origin);
    }

    @Override
    public String toString() {
        return "Handshake{" + uri + ", headers=" + headers.size() + ", subprotocols=" + subprotocols
                + (origin == null ? "" : ", origin=" + origin) + '}';
    }

    /** An HTTP token (RFC 7230 section 3.2.6): the shape of header names and subprotocols. */
    private static boolean isToken(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= 0x20 || c >= 0x7f || "()<>@,;:\\\"/[]?={}".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** One extra request header. */
    public record Header(String name, String value) {
    }
}
