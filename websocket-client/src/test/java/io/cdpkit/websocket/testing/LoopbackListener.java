package io.cdpkit.websocket.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * What the test peers share: a server socket on 127.0.0.1, the sockets they opened, and daemon
 * threads to serve them; {@link #close()} releases all of it.
 */
final class LoopbackListener implements AutoCloseable {

    private final ServerSocket server;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final ExecutorService threads;

    /** Listens on an ephemeral port; accepts time out after 10 s; threads are called {@code threadName}. */
    LoopbackListener(String threadName) {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            server.setSoTimeout(10_000);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1", e);
        }
        threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    int port() {
        return server.getLocalPort();
    }

    boolean isClosed() {
        return server.isClosed();
    }

    /** Accepts the next connection and tracks it for {@link #close()}. */
    Socket accept() throws IOException {
        return track(server.accept());
    }

    /** Tracks another socket for {@link #close()}. */
    Socket track(Socket socket) {
        sockets.add(socket);
        return socket;
    }

    ExecutorService threads() {
        return threads;
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : sockets) {
            socket.close();
        }
        threads.shutdownNow();
    }
}
