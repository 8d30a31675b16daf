package io.cdpkit.bench.ws;

import java.util.Locale;

/** The {@link EchoClient} implementations by the names the harness uses. */
public final class EchoClients {

    private EchoClients() {
    }

    /** {@code cdpkit}, {@code okhttp} or {@code jdk}. */
    public static EchoClient byName(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "cdpkit":
                return new CdpkitEchoClient();
            case "okhttp":
                return new OkHttpEchoClient();
            case "jdk":
                return new JdkEchoClient();
            default:
                throw new IllegalArgumentException("Unknown impl " + name + "; expected cdpkit, okhttp or jdk");
        }
    }
}
