package io.cdpkit.websocket;

import java.security.KeyStore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * TLS settings for {@code wss://} connections: which certificates to trust, an optional client
 * certificate, the SNI name, protocol versions and cipher suites, and hostname verification
 * (on by default). Immutable; build one with {@link #builder()}.
 *
 * <p>With nothing set, the JDK's default trust store and protocols are used.
 */
public final class TlsOptions {

    private static final TlsOptions DEFAULTS = builder().build();

    private final SSLContext sslContext;
    private final KeyStore trustStore;
    private final KeyStore keyStore;
    private final char[] keyPassword;
    private final String sniName;
    private final List<String> protocols;
    private final List<String> cipherSuites;
    private final boolean hostnameVerification;

    private TlsOptions(Builder b) {
        this.sslContext = b.sslContext;
        this.trustStore = b.trustStore;
        this.keyStore = b.keyStore;
        this.keyPassword = b.keyPassword == null ? null : b.keyPassword.clone();
        this.sniName = b.sniName;
        this.protocols = b.protocols;
        this.cipherSuites = b.cipherSuites;
        this.hostnameVerification = b.hostnameVerification;
    }

    /** The JDK's defaults, with hostname verification on. */
    public static TlsOptions defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A ready-made context; when present it wins over {@link #trustStore()} and {@link #keyStore()}. */
    public Optional<SSLContext> sslContext() {
        return Optional.ofNullable(sslContext);
    }

    /** Certificates to trust instead of the JDK's default trust store. */
    public Optional<KeyStore> trustStore() {
        return Optional.ofNullable(trustStore);
    }

    /** The client certificate and key to present, if any. */
    public Optional<KeyStore> keyStore() {
        return Optional.ofNullable(keyStore);
    }

    /** The password of the client key in {@link #keyStore()} (a copy; may be empty). */
    public char[] keyPassword() {
        return keyPassword == null ? new char[0] : keyPassword.clone();
    }

    /** The server name sent in the SNI extension, instead of the URI's host. */
    public Optional<String> sniName() {
        return Optional.ofNullable(sniName);
    }

    /** Enabled protocol versions (for example {@code TLSv1.3}); empty means the JDK's defaults. */
    public List<String> protocols() {
        return protocols;
    }

    /** Enabled cipher suites; empty means the JDK's defaults. */
    public List<String> cipherSuites() {
        return cipherSuites;
    }

    /** Whether the server certificate must match the host name (or {@link #sniName()}). */
    public boolean hostnameVerification() {
        return hostnameVerification;
    }

    /** Builds {@link TlsOptions}. */
    public static final class Builder {
        private SSLContext sslContext;
        private KeyStore trustStore;
        private KeyStore keyStore;
        private char[] keyPassword;
        private String sniName;
        private List<String> protocols = List.of();
        private List<String> cipherSuites = List.of();
        private boolean hostnameVerification = true;

        private Builder() {
        }

        /** Uses this context as is (trust and key material included). */
        public Builder sslContext(SSLContext context) {
            this.sslContext = Objects.requireNonNull(context, "context");
            return this;
        }

        /** Trusts the certificates in this key store instead of the JDK's defaults. */
        public Builder trustStore(KeyStore trustStore) {
            this.trustStore = Objects.requireNonNull(trustStore, "trustStore");
            return this;
        }

        /** Presents the client certificate held in this key store. */
        public Builder clientCertificate(KeyStore keyStore, char[] keyPassword) {
            this.keyStore = Objects.requireNonNull(keyStore, "keyStore");
            this.keyPassword = keyPassword == null ? null : keyPassword.clone();
            return this;
        }

        /** Sends this name in SNI (and verifies the certificate against it). */
        public Builder sniName(String name) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("SNI name must not be blank: '" + name + "'");
            }
            this.sniName = name;
            return this;
        }

        /** Enables only these protocol versions, for example {@code "TLSv1.3"}. */
        public Builder protocols(String... protocols) {
            this.protocols = List.of(protocols);
            return this;
        }

        /** Enables only these cipher suites. */
        public Builder cipherSuites(String... suites) {
            this.cipherSuites = List.of(suites);
            return this;
        }

        /** Turns hostname verification on (the default) or off. Off is only for tests. */
        public Builder hostnameVerification(boolean enabled) {
            this.hostnameVerification = enabled;
            return this;
        }

        /** The options. */
        public TlsOptions build() {
            return new TlsOptions(this);
        }
    }
}
