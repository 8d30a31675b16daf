package io.cdpkit.cdp;

import io.cdpkit.cdp.internal.Timeouts;
import io.cdpkit.websocket.ConnectOptions;
import io.cdpkit.websocket.Options;
import io.cdpkit.websocket.TlsOptions;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;

/**
 * Settings of a {@link CdpConnection}. Immutable; build one with {@link #builder()}.
 *
 * <p>Defaults: calls time out after 30 s; WebSocket defaults (messages up to 512 MiB, which
 * covers multi-MB screenshots and evaluate results); TCP connect and handshake timeouts of 10 s
 * each; daemon threads named {@code cdpkit-cdp-*}.
 */
public final class CdpOptions {

    /** The call timeout used unless another is set. */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(30);

    private static final CdpOptions DEFAULTS = builder().build();

    private final Duration callTimeout;
    private final Options webSocketOptions;
    private final ConnectOptions connectOptions;
    private final TlsOptions tlsOptions;
    private final ThreadFactory threadFactory;

    private CdpOptions(Builder builder) {
        this.callTimeout = builder.callTimeout;
        this.webSocketOptions = builder.webSocketOptions;
        this.connectOptions = builder.connectOptions;
        this.tlsOptions = builder.tlsOptions;
        this.threadFactory = builder.threadFactory;
    }

    /** The defaults described on this class. */
    public static CdpOptions defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.callTimeout = callTimeout;
        builder.webSocketOptions = webSocketOptions;
        builder.connectOptions = connectOptions;
        builder.tlsOptions = tlsOptions;
        builder.threadFactory = threadFactory;
        return builder;
    }

    /** How long a command waits for its reply unless the call gives its own timeout. */
    public Duration callTimeout() {
        return callTimeout;
    }

    /** Limits and behaviour of the WebSocket (message size, heartbeat, ...). */
    public Options webSocketOptions() {
        return webSocketOptions;
    }

    /** How the TCP connection is made (timeouts, proxy, bind address). */
    public ConnectOptions connectOptions() {
        return connectOptions;
    }

    /** TLS settings for {@code wss://} endpoints. */
    public TlsOptions tlsOptions() {
        return tlsOptions;
    }

    /**
     * Makes the connection's own threads (reader, event dispatch, timer); empty means daemon
     * threads named {@code cdpkit-cdp-*}. The WebSocket's reader thread comes from
     * {@link Options#threadFactory()}.
     */
    public Optional<ThreadFactory> threadFactory() {
        return Optional.ofNullable(threadFactory);
    }

    /** Builds {@link CdpOptions}. */
    public static final class Builder {
        private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
        private Options webSocketOptions = Options.defaults();
        private ConnectOptions connectOptions = ConnectOptions.defaults();
        private TlsOptions tlsOptions = TlsOptions.defaults();
        private ThreadFactory threadFactory;

        private Builder() {
        }

        /**
         * Sets the default call timeout.
         *
         * @throws IllegalArgumentException if it is not positive
         */
        public Builder callTimeout(Duration timeout) {
            this.callTimeout = Timeouts.requirePositive(timeout, "callTimeout");
            return this;
        }

        /** Sets the WebSocket's limits and behaviour. */
        public Builder webSocketOptions(Options options) {
            this.webSocketOptions = Objects.requireNonNull(options, "options");
            return this;
        }

        /** Sets how the TCP connection is made. */
        public Builder connectOptions(ConnectOptions options) {
            this.connectOptions = Objects.requireNonNull(options, "options");
            return this;
        }

        /** Sets the TLS settings for {@code wss://} endpoints. */
        public Builder tlsOptions(TlsOptions options) {
            this.tlsOptions = Objects.requireNonNull(options, "options");
            return this;
        }

        /** Makes the connection's threads with this factory. */
        public Builder threadFactory(ThreadFactory factory) {
            this.threadFactory = Objects.requireNonNull(factory, "factory");
            return this;
        }

        /** The options. */
        public CdpOptions build() {
            return new CdpOptions(this);
        }
    }
}
