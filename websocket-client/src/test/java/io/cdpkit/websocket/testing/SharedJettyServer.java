package io.cdpkit.websocket.testing;

import java.net.URI;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One plain {@link JettyServer} for all tests of a class: started before the first test,
 * stopped after the last, its records forgotten before each test. Register it with
 * {@code @RegisterExtension static final SharedJettyServer server = new SharedJettyServer();}.
 */
public final class SharedJettyServer implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private final JettyServer.Builder builder;
    private JettyServer server;

    /** A plain {@code ws://} server without compression. */
    public SharedJettyServer() {
        this(JettyServer.builder());
    }

    /** A server configured by {@code builder}. */
    public SharedJettyServer(JettyServer.Builder builder) {
        this.builder = builder;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        server = builder.start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        server.forget();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        server.close();
    }

    /** See {@link JettyServer#uri(String)}. */
    public URI uri(String pathAndQuery) {
        return server.uri(pathAndQuery);
    }

    /** See {@link JettyServer#port()}. */
    public int port() {
        return server.port();
    }

    /** See {@link JettyServer#nextUpgrade()}. */
    public JettyServer.RecordedUpgrade nextUpgrade() throws InterruptedException {
        return server.nextUpgrade();
    }

    /** See {@link JettyServer#nextEndpoint(Class)}. */
    public <T> T nextEndpoint(Class<T> type) throws InterruptedException {
        return server.nextEndpoint(type);
    }
}
