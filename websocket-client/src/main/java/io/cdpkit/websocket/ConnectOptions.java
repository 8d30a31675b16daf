package io.cdpkit.websocket;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the TCP connection is made: timeouts, local bind address and an optional HTTP
 * {@code CONNECT} proxy. Immutable; build one with {@link #builder()}.
 */
public final class ConnectOptions {

    private static final ConnectOptions DEFAULTS = builder().build();

    private final Duration connectTimeout;
    private final Duration handshakeTimeout;
    private final InetSocketAddress bindAddress;
    private final InetSocketAddress proxy;
    private final String proxyAuthorization;

    private ConnectOptions(Builder b) {
        this.connectTimeout = b.connectTimeout;
        this.handshakeTimeout = b.handshakeTimeout;
        this.bindAddress = b.bindAddress;
        this.proxy = b.proxy;
        this.proxyAuthorization = b.proxyAuthorization;
    }

    /** Connect timeout 10 s, handshake timeout 10 s, no bind address, no proxy. */
    public static ConnectOptions defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.connectTimeout = connectTimeout;
        b.handshakeTimeout = handshakeTimeout;
        b.bindAddress = bindAddress;
        b.proxy = proxy;
        b.proxyAuthorization = proxyAuthorization;
        return b;
    }

    /** How long the TCP connect (and the proxy's CONNECT answer) may take. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** How long TLS plus the opening handshake may take once TCP is connected. */
    public Duration handshakeTimeout() {
        return handshakeTimeout;
    }

    /** The local address to bind the socket to, if any. */
    public Optional<InetSocketAddress> bindAddress() {
        return Optional.ofNullable(bindAddress);
    }

    /** The HTTP proxy to tunnel through with {@code CONNECT}, if any. */
    public Optional<InetSocketAddress> proxy() {
        return Optional.ofNullable(proxy);
    }

    /** The {@code Proxy-Authorization} value sent with {@code CONNECT}, if any. */
    public Optional<String> proxyAuthorization() {
        return Optional.ofNullable(proxyAuthorization);
    }

    /** Builds {@link ConnectOptions}. */
    public static final class Builder {
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration handshakeTimeout = Duration.ofSeconds(10);
        private InetSocketAddress bindAddress;
        private InetSocketAddress proxy;
        private String proxyAuthorization;

        private Builder() {
        }

        /** Sets the TCP connect timeout (positive). */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = Durations.requirePositive(timeout, "connectTimeout");
            return this;
        }

        /** Sets the TLS + opening handshake timeout (positive). */
        public Builder handshakeTimeout(Duration timeout) {
            this.handshakeTimeout = Durations.requirePositive(timeout, "handshakeTimeout");
            return this;
        }

        /** Binds the socket to this local address before connecting. */
        public Builder bindAddress(InetSocketAddress address) {
            this.bindAddress = Objects.requireNonNull(address, "address");
            return this;
        }

        /** Tunnels through this HTTP proxy with {@code CONNECT host:port}. */
        public Builder proxy(InetSocketAddress proxy) {
            return proxy(proxy, null);
        }

        /**
         * Tunnels through this HTTP proxy, sending {@code Proxy-Authorization: authorization}
         * (for example {@code "Basic dXNlcjpwYXNz"}) when it is not null.
         */
        public Builder proxy(InetSocketAddress proxy, String authorization) {
            this.proxy = Objects.requireNonNull(proxy, "proxy");
            if (authorization != null && (authorization.indexOf('\r') >= 0 || authorization.indexOf('\n') >= 0)) {
                throw new IllegalArgumentException("Proxy authorization has a line break");
            }
            this.proxyAuthorization = authorization;
            return this;
        }

        /** The options. */
        public ConnectOptions build() {
            return new ConnectOptions(this);
        }
    }
}
