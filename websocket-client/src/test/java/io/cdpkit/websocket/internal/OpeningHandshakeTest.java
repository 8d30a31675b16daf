package io.cdpkit.websocket.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdpkit.websocket.DeflateOptions;
import io.cdpkit.websocket.Handshake;
import io.cdpkit.websocket.HandshakeException;
import java.io.EOFException;
import java.io.IOException;
import java.net.ProtocolException;
import java.net.Socket;
import java.net.URI;
import java.security.SecureRandom;
import java.util.List;
import okio.Buffer;
import org.junit.jupiter.api.Test;

class OpeningHandshakeTest {

    @Test
    void acceptKeyOfTheRfcSample() {
        assertEquals("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", OpeningHandshake.acceptKey("dGhlIHNhbXBsZSBub25jZQ=="));
    }

    @Test
    void hostHeaderBracketsIpv6AndOmitsDefaultPorts() {
        assertEquals("example.com", OpeningHandshake.hostHeader(URI.create("ws://example.com/x")));
        assertEquals("example.com", OpeningHandshake.hostHeader(URI.create("ws://example.com:80/x")));
        assertEquals("example.com:443", OpeningHandshake.hostHeader(URI.create("ws://example.com:443/x")));
        assertEquals("example.com", OpeningHandshake.hostHeader(URI.create("wss://example.com:443/x")));
        assertEquals("[::1]:9222", OpeningHandshake.hostHeader(URI.create("ws://[::1]:9222/devtools")));
        assertEquals("[fe80::1]", OpeningHandshake.hostHeader(URI.create("wss://[fe80::1]/")));
        assertEquals("::1", SocketOpener.bareHost(URI.create("ws://[::1]:9222/")));
    }

    @Test
    void writesTheUpgradeRequestAndAcceptsAMatchingAnswer() throws IOException {
        Handshake handshake = Handshake.of("ws://127.0.0.1:9222/devtools/browser/abc?x=1%202")
                .withSubprotocols("v2", "v1").withHeader("Authorization", "Bearer t");
        OpeningHandshake opening = new OpeningHandshake(handshake, DeflateOptions.defaults(), new SecureRandom());
        Buffer request = new Buffer();
        opening.writeRequest(request);
        String text = request.readUtf8();
        assertTrue(text.startsWith("GET /devtools/browser/abc?x=1%202 HTTP/1.1\r\n"), text);
        assertTrue(text.contains("\r\nHost: 127.0.0.1:9222\r\n"), text);
        assertTrue(text.contains("\r\nSec-WebSocket-Version: 13\r\n"), text);
        assertTrue(text.contains("\r\nSec-WebSocket-Protocol: v2, v1\r\n"), text);
        assertTrue(text.contains("\r\nSec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n"), text);
        assertTrue(text.contains("\r\nAuthorization: Bearer t\r\n"), text);
        assertFalse(text.contains("Origin"), text);
        assertTrue(text.endsWith("\r\n\r\n"));
        String key = text.split("Sec-WebSocket-Key: ")[1].split("\r\n")[0];
        assertEquals(16, java.util.Base64.getDecoder().decode(key).length);

        Buffer response = new Buffer().writeUtf8("HTTP/1.1 101 Switching Protocols\r\nUpgrade: WebSocket\r\n"
                + "Connection: keep-alive, Upgrade\r\nSec-WebSocket-Accept: " + OpeningHandshake.acceptKey(key) + "\r\n"
                + "Sec-WebSocket-Protocol: v1\r\n"
                + "Sec-WebSocket-Extensions: permessage-deflate; server_no_context_takeover; client_max_window_bits=15\r\n"
                + "\r\n").writeUtf8("first frame bytes");
        OpeningHandshake.Result result = opening.readResponse(response, new Socket());
        assertEquals("v1", result.subprotocol().orElseThrow());
        assertTrue(result.deflate().serverNoContextTakeover());
        assertTrue(result.deflate().clientMayCompress());
        assertEquals("first frame bytes", response.readUtf8(), "bytes after the head stay for the frame reader");
    }

    private static HandshakeException refused(String responseHead, Handshake handshake, DeflateOptions deflate)
            throws IOException {
        OpeningHandshake opening = new OpeningHandshake(handshake, deflate, new SecureRandom());
        Buffer request = new Buffer();
        opening.writeRequest(request);
        String key = request.readUtf8().split("Sec-WebSocket-Key: ")[1].split("\r\n")[0];
        Buffer response = new Buffer().writeUtf8(responseHead.replace("ACCEPT", OpeningHandshake.acceptKey(key)));
        return assertThrows(HandshakeException.class, () -> opening.readResponse(response, new Socket()));
    }

    @Test
    void rejectsBadAnswers() throws IOException {
        Handshake plain = Handshake.of("ws://127.0.0.1/");
        String ok = "HTTP/1.1 101 OK\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ACCEPT\r\n";
        assertTrue(refused(ok.replace("Upgrade: websocket", "Upgrade: h2c") + "\r\n", plain, null)
                .getMessage().contains("Upgrade"));
        assertTrue(refused(ok.replace("Connection: Upgrade", "Connection: close") + "\r\n", plain, null)
                .getMessage().contains("Connection"));
        assertTrue(refused(ok.replace("ACCEPT", "bm90IHRoZSBrZXk=") + "\r\n", plain, null)
                .getMessage().contains("Sec-WebSocket-Accept"));
        assertTrue(refused(ok + "Sec-WebSocket-Protocol: chat\r\n\r\n", plain, null).getMessage().contains("chat"));
        assertTrue(refused(ok + "Sec-WebSocket-Extensions: permessage-deflate\r\n\r\n", plain, null)
                .getMessage().contains("offered none"));
        DeflateOptions deflate = DeflateOptions.defaults();
        for (String badParams : List.of("; foo=1", "; server_no_context_takeover; server_no_context_takeover",
                "; server_max_window_bits=7", "; server_max_window_bits", "; client_max_window_bits=16",
                "; server_no_context_takeover=1", "; client_max_window_bits=abc")) {
            HandshakeException e = refused(ok + "Sec-WebSocket-Extensions: permessage-deflate" + badParams + "\r\n\r\n",
                    plain, deflate);
            assertEquals(101, e.status());
            assertTrue(e.getMessage().contains("permessage-deflate"), e.getMessage());
        }
        HandshakeException withBody = refused("HTTP/1.1 403 Forbidden\r\nContent-Length: 9\r\nX-Why: origin\r\n\r\n"
                + "forbidden and more", plain, null);
        assertEquals(403, withBody.status());
        assertEquals("forbidden", withBody.bodyStart());
        assertEquals(List.of("origin"), withBody.headers().get("x-why"));
    }

    @Test
    void aSmallerClientWindowMeansSendingUncompressed() {
        DeflateOptions offer = DeflateOptions.builder().clientMaxWindowBits(10).build();
        assertEquals("permessage-deflate; client_max_window_bits=10", DeflateParameters.offer(offer));
        DeflateParameters agreed = DeflateParameters.parse("permessage-deflate; client_max_window_bits=9", offer);
        assertFalse(agreed.clientMayCompress());
        assertThrows(IllegalArgumentException.class,
                () -> DeflateParameters.parse("permessage-deflate; client_max_window_bits=11", offer));
        assertEquals(12, DeflateParameters.parse("permessage-deflate; server_max_window_bits=\"12\"",
                DeflateOptions.builder().serverMaxWindowBits(13).build()).serverMaxWindowBits());
        IllegalArgumentException notOffered = assertThrows(IllegalArgumentException.class,
                () -> DeflateParameters.parse("permessage-deflate; server_max_window_bits=12", DeflateOptions.defaults()));
        assertTrue(notOffered.getMessage().contains("not offered"), notOffered.getMessage());
        assertTrue(DeflateParameters.parse("permessage-deflate; client_no_context_takeover", DeflateOptions.defaults())
                .clientNoContextTakeover(), "the server may ask the client not to take over its context");
    }

    @Test
    void responseHeadParsingIsBounded() throws IOException {
        Buffer longLine = new Buffer().writeUtf8("HTTP/1.1 101 OK\r\nX: " + "a".repeat(9000) + "\r\n\r\n");
        assertThrows(ProtocolException.class, () -> HttpResponseHead.read(longLine));
        StringBuilder many = new StringBuilder("HTTP/1.1 200 OK\r\n");
        for (int i = 0; i < 200; i++) {
            many.append("X-").append(i).append(": v\r\n");
        }
        assertThrows(ProtocolException.class, () -> HttpResponseHead.read(new Buffer().writeUtf8(many + "\r\n")));
        assertThrows(EOFException.class, () -> HttpResponseHead.read(new Buffer().writeUtf8("HTTP/1.1 101 OK\r\nX: 1\r\n")));
        assertThrows(ProtocolException.class, () -> HttpResponseHead.read(new Buffer().writeUtf8("SSH-2.0-OpenSSH\r\n\r\n")));
        assertThrows(ProtocolException.class, () -> HttpResponseHead.read(new Buffer().writeUtf8("HTTP/1.1 101 OK\r\nno colon\r\n\r\n")));
        HttpResponseHead head = HttpResponseHead.read(new Buffer().writeUtf8(
                "HTTP/1.1 200 Connection established\r\nA: 1\r\na: 2\r\nB:  x , y\r\n\r\n"));
        assertEquals(200, head.status());
        assertEquals("Connection established", head.reason());
        assertEquals(List.of("1", "2"), head.headers().get("a"));
        assertEquals(List.of("x", "y"), head.headerElements("b"));
        assertNull(head.header("c"));
    }
}
