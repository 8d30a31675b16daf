package io.cdpkit.websocket.internal;

import io.cdpkit.websocket.DeflateOptions;
import io.cdpkit.websocket.Handshake;
import io.cdpkit.websocket.HandshakeException;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import okio.Buffer;
import okio.BufferedSink;
import okio.BufferedSource;

/**
 * The client's side of the opening handshake (RFC 6455 section 4.1): writes the upgrade
 * request and checks the server's answer (status 101, {@code Upgrade}, {@code Connection},
 * {@code Sec-WebSocket-Accept}, and only a subprotocol and extensions the client offered).
 */
final class OpeningHandshake {

    private static final String ACCEPT_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    /** How much of a refusal's body is kept for {@link HandshakeException#bodyStart()}. */
    static final int MAX_BODY_START = 4096;
    /** How long reading a refusal's body may stall before what arrived so far is kept. */
    private static final int BODY_READ_TIMEOUT_MILLIS = 1000;

    private final Handshake handshake;
    private final DeflateOptions deflate;
    private final String key;

    /** What the server agreed to. */
    record Result(HttpResponseHead response, Optional<String> subprotocol, List<String> extensions,
            DeflateParameters deflate) {
    }

    OpeningHandshake(Handshake handshake, DeflateOptions deflate, SecureRandom random) {
        this.handshake = handshake;
        this.deflate = deflate;
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        this.key = Base64.getEncoder().encodeToString(nonce);
    }

    /** The expected {@code Sec-WebSocket-Accept} for a {@code Sec-WebSocket-Key}. */
    static String acceptKey(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest((key + ACCEPT_GUID).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is not available", e);
        }
    }

    /** The {@code host[:port]} of a URI, IPv6 literals in brackets, the port left out when it is the default. */
    static String hostHeader(URI uri) {
        String host = uri.getHost();
        int port = uri.getPort();
        boolean secure = "wss".equalsIgnoreCase(uri.getScheme());
        boolean defaultPort = port == -1 || port == (secure ? 443 : 80);
        if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return defaultPort ? host : host + ":" + port;
    }

    /** Writes the upgrade request. */
    void writeRequest(BufferedSink sink) throws IOException {
        URI uri = handshake.uri();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        Buffer request = new Buffer();
        request.writeUtf8("GET ").writeUtf8(path);
        if (uri.getRawQuery() != null) {
            request.writeUtf8("?").writeUtf8(uri.getRawQuery());
        }
        request.writeUtf8(" HTTP/1.1\r\n");
        header(request, "Host", hostHeader(uri));
        header(request, "Upgrade", "websocket");
        header(request, "Connection", "Upgrade");
        header(request, "Sec-WebSocket-Key", key);
        header(request, "Sec-WebSocket-Version", "13");
        handshake.origin().ifPresent(origin -> header(request, "Origin", origin));
        if (!handshake.subprotocols().isEmpty()) {
            header(request, "Sec-WebSocket-Protocol", String.join(", ", handshake.subprotocols()));
        }
        if (deflate != null) {
            header(request, "Sec-WebSocket-Extensions", DeflateParameters.offer(deflate));
        }
        for (Handshake.Header extra : handshake.headers()) {
            header(request, extra.name(), extra.value());
        }
        request.writeUtf8("\r\n");
        sink.writeAll(request);
        sink.flush();
    }

    private static void header(Buffer request, String name, String value) {
        request.writeUtf8(name).writeUtf8(": ").writeUtf8(value).writeUtf8("\r\n");
    }

    /**
     * Reads and checks the answer; on a refusal, reads the start of its body from {@code socket}
     * with a short read timeout.
     *
     * @throws HandshakeException when the server refused or answered wrongly
     */
    Result readResponse(BufferedSource source, Socket socket) throws IOException {
        HttpResponseHead response = HttpResponseHead.read(source);
        if (response.status() != 101) {
            socket.setSoTimeout(BODY_READ_TIMEOUT_MILLIS);
            throw refused(response, "Server refused the WebSocket upgrade with status " + response.status() + " "
                    + response.reason(), BodyStart.read(source, response));
        }
        String upgrade = response.header("upgrade");
        if (upgrade == null || !upgrade.trim().equalsIgnoreCase("websocket")) {
            throw refused(response, "Expected 'Upgrade: websocket' but got '" + upgrade + "'", "");
        }
        boolean connectionUpgrade = response.headerElements("connection").stream()
                .anyMatch(token -> token.equalsIgnoreCase("upgrade"));
        if (!connectionUpgrade) {
            throw refused(response, "Expected 'Connection: Upgrade' but got '" + response.header("connection") + "'", "");
        }
        String accept = response.header("sec-websocket-accept");
        String expected = acceptKey(key);
        if (!expected.equals(accept == null ? null : accept.trim())) {
            throw refused(response, "Expected 'Sec-WebSocket-Accept: " + expected + "' but got '" + accept + "'", "");
        }
        return new Result(response, subprotocol(response), response.headerElements("sec-websocket-extensions"),
                negotiatedDeflate(response));
    }

    private Optional<String> subprotocol(HttpResponseHead response) {
        List<String> chosen = response.headerElements("sec-websocket-protocol");
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        if (chosen.size() > 1 || !handshake.subprotocols().contains(chosen.get(0))) {
            throw refused(response, "Server chose subprotocol '" + String.join(", ", chosen)
                    + "' but the client offered " + handshake.subprotocols(), "");
        }
        return Optional.of(chosen.get(0));
    }

    private DeflateParameters negotiatedDeflate(HttpResponseHead response) {
        List<String> extensions = response.headerElements("sec-websocket-extensions");
        if (extensions.isEmpty()) {
            return null;
        }
        String name = extensions.get(0).split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (deflate == null || extensions.size() > 1 || !name.equals(DeflateParameters.EXTENSION)) {
            throw refused(response, "Server accepted extensions " + extensions + " but the client offered "
                    + (deflate == null ? "none" : DeflateParameters.offer(deflate)), "");
        }
        try {
            return DeflateParameters.parse(extensions.get(0), deflate);
        } catch (IllegalArgumentException e) {
            throw refused(response, "Bad permessage-deflate answer '" + extensions.get(0) + "': " + e.getMessage(), "");
        }
    }

    private static HandshakeException refused(HttpResponseHead response, String message, String bodyStart) {
        return new HandshakeException(message, response.status(), response.headers(), bodyStart);
    }
}
