package io.cdpkit.websocket.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny HTTP {@code CONNECT} proxy on 127.0.0.1 that records the request heads it saw and
 * tunnels bytes both ways. It tunnels only to loopback targets, and when built with a required
 * authorization it answers {@code 407} to requests without that exact
 * {@code Proxy-Authorization} value.
 */
public final class ConnectProxy implements AutoCloseable {

    private final LoopbackListener listener = new LoopbackListener("connect-proxy");
    private final String requiredAuthorization;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    /** Starts a proxy; {@code requiredAuthorization} may be null for an open proxy. */
    public ConnectProxy(String requiredAuthorization) {
        this.requiredAuthorization = requiredAuthorization;
        listener.threads().execute(this::acceptLoop);
    }

    /** Where the proxy listens. */
    public InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), listener.port());
    }

    /** The request heads received so far (request line and headers, CRLF-separated). */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                listener.threads().execute(() -> serve(client));
            } catch (SocketTimeoutException e) {
                // No client in the last 10 s: keep listening.
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try {
            String head = readHead(client.getInputStream());
            requests.add(head);
            String[] requestLine = head.split("\r\n")[0].split(" ");
            OutputStream toClient = client.getOutputStream();
            if (requiredAuthorization != null && !head.contains("\r\nProxy-Authorization: " + requiredAuthorization)) {
                answer(toClient, "407 Proxy Authentication Required", "Proxy-Authenticate: Basic realm=\"test\"\r\nContent-Length: 0\r\n");
                client.close();
                return;
            }
            InetSocketAddress target = parseTarget(requestLine);
            if (!"CONNECT".equals(requestLine[0]) || target == null || !target.getAddress().isLoopbackAddress()) {
                answer(toClient, "403 Forbidden", "Content-Length: 0\r\n");
                client.close();
                return;
            }
            Socket upstream = listener.track(new Socket(target.getAddress(), target.getPort()));
            answer(toClient, "200 Connection Established", "");
            listener.threads().execute(() -> pipe(upstream, client));
            pipe(client, upstream);
        } catch (IOException e) {
            closeQuietly(client);
        }
    }

    private static InetSocketAddress parseTarget(String[] requestLine) {
        if (requestLine.length < 2) {
            return null;
        }
        String authority = requestLine[1];
        int colon = authority.lastIndexOf(':');
        if (colon < 0) {
            return null;
        }
        String host = authority.substring(0, colon).replace("[", "").replace("]", "");
        return new InetSocketAddress(host, Integer.parseInt(authority.substring(colon + 1)));
    }

    private static void answer(OutputStream out, String status, String headers) throws IOException {
        out.write(("HTTP/1.1 " + status + "\r\n" + headers + "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static void pipe(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException e) {
            // One side went away: end the tunnel below.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the client closed before finishing its CONNECT request");
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.ISO_8859_1).trim();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Already closed.
        }
    }
}
