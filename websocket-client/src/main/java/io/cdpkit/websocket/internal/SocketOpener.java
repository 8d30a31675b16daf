package io.cdpkit.websocket.internal;

import io.cdpkit.websocket.ConnectOptions;
import io.cdpkit.websocket.HandshakeException;
import io.cdpkit.websocket.TlsOptions;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import okio.Buffer;
import okio.BufferedSource;
import okio.Okio;

/**
 * Opens the socket a WebSocket runs on: TCP (trying each address of the host), optionally
 * through an HTTP {@code CONNECT} proxy tunnel, then TLS for {@code wss://} with SNI and
 * hostname verification. Blocking; the caller's timers close the socket to enforce timeouts.
 */
final class SocketOpener {

    private final URI uri;
    private final ConnectOptions connectOptions;
    private final TlsOptions tlsOptions;
    private volatile Socket current;
    private volatile boolean aborted;

    SocketOpener(URI uri, ConnectOptions connectOptions, TlsOptions tlsOptions) {
        this.uri = uri;
        this.connectOptions = connectOptions;
        this.tlsOptions = tlsOptions;
    }

    /** The host of the URI without IPv6 brackets. */
    static String bareHost(URI uri) {
        String host = uri.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** The URI's port, or the scheme's default. */
    static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "wss".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /**
     * Connects TCP to the proxy or the server, trying each of the server's addresses in turn,
     * and opens the proxy tunnel if one is configured.
     */
    Socket connectTcp() throws IOException {
        int timeoutMillis = (int) Math.min(Integer.MAX_VALUE, Math.max(1, connectOptions.connectTimeout().toMillis()));
        if (connectOptions.proxy().isPresent()) {
            InetSocketAddress proxy = connectOptions.proxy().get();
            Socket socket = newSocket();
            socket.connect(proxy.isUnresolved() ? new InetSocketAddress(proxy.getHostString(), proxy.getPort()) : proxy,
                    timeoutMillis);
            tunnel(socket);
            return socket;
        }
        InetAddress[] addresses = InetAddress.getAllByName(bareHost(uri));
        for (int i = 0; ; i++) {
            Socket socket = newSocket();
            try {
                socket.connect(new InetSocketAddress(addresses[i], port(uri)), timeoutMillis);
                return socket;
            } catch (ConnectException e) {
                socket.close();
                if (aborted || i == addresses.length - 1) {
                    throw e;
                }
            }
        }
    }

    private Socket newSocket() throws IOException {
        Socket socket = new Socket();
        current = socket;
        if (aborted) {
            socket.close();
            throw new SocketException("Connect aborted");
        }
        socket.setTcpNoDelay(true);
        socket.setKeepAlive(true);
        if (connectOptions.bindAddress().isPresent()) {
            socket.bind(connectOptions.bindAddress().get());
        }
        return socket;
    }

    /** Closes the socket being opened (from a timer, or when the connect was cancelled). */
    void abort() {
        aborted = true;
        Socket socket = current;
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing is all that is wanted
            }
        }
    }

    /** Asks the proxy for a tunnel to the server; a non-2xx answer is a {@link HandshakeException}. */
    private void tunnel(Socket socket) throws IOException {
        String target = authority();
        Buffer request = new Buffer();
        request.writeUtf8("CONNECT ").writeUtf8(target).writeUtf8(" HTTP/1.1\r\n")
                .writeUtf8("Host: ").writeUtf8(target).writeUtf8("\r\n");
        connectOptions.proxyAuthorization().ifPresent(auth ->
                request.writeUtf8("Proxy-Authorization: ").writeUtf8(auth).writeUtf8("\r\n"));
        request.writeUtf8("\r\n");
        socket.getOutputStream().write(request.readByteArray());
        socket.getOutputStream().flush();
        BufferedSource source = Okio.buffer(Okio.source(socket.getInputStream()));
        HttpResponseHead response = HttpResponseHead.read(source);
        if (response.status() / 100 != 2) {
            throw new HandshakeException("Proxy refused to tunnel to " + target + " with status " + response.status()
                    + " " + response.reason(), response.status(), response.headers(), BodyStart.read(source, response));
        }
        if (source.getBuffer().size() > 0) {
            throw new ProtocolException("Proxy sent data after its CONNECT answer");
        }
    }

    /** {@code host:port} with the port always present and IPv6 literals in brackets. */
    private String authority() {
        String host = bareHost(uri);
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port(uri);
    }

    /** Layers TLS over a connected socket and runs the TLS handshake. */
    SSLSocket startTls(Socket socket) throws IOException {
        String host = bareHost(uri);
        String peerName = tlsOptions.sniName().orElse(host);
        SSLSocket tls = (SSLSocket) sslContext().getSocketFactory().createSocket(socket, peerName, port(uri), true);
        SSLParameters parameters = tls.getSSLParameters();
        if (tlsOptions.sniName().isPresent() || !isIpLiteral(host)) {
            parameters.setServerNames(List.of(new SNIHostName(peerName)));
        }
        if (tlsOptions.hostnameVerification()) {
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
        }
        if (!tlsOptions.protocols().isEmpty()) {
            parameters.setProtocols(tlsOptions.protocols().toArray(String[]::new));
        }
        if (!tlsOptions.cipherSuites().isEmpty()) {
            parameters.setCipherSuites(tlsOptions.cipherSuites().toArray(String[]::new));
        }
        tls.setSSLParameters(parameters);
        current = tls;
        if (aborted) {
            tls.close();
            throw new SocketException("Connect aborted");
        }
        tls.startHandshake();
        return tls;
    }

    private SSLContext sslContext() throws IOException {
        if (tlsOptions.sslContext().isPresent()) {
            return tlsOptions.sslContext().get();
        }
        try {
            if (tlsOptions.trustStore().isEmpty() && tlsOptions.keyStore().isEmpty()) {
                return SSLContext.getDefault();
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(tlsOptions.trustStore().orElse(null));
            KeyManagerFactory keys = null;
            if (tlsOptions.keyStore().isPresent()) {
                keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(tlsOptions.keyStore().get(), tlsOptions.keyPassword());
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot set up TLS from the given TlsOptions: " + e.getMessage(), e);
        }
    }

    private static boolean isIpLiteral(String host) {
        return host.indexOf(':') >= 0 || host.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'));
    }
}
