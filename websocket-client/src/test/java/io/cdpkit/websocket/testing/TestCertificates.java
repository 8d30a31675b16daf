package io.cdpkit.websocket.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Self-signed certificates made at test time with the JDK's own {@code keytool}, held in memory
 * (the temporary files are deleted at once). Each subject is generated once per JVM.
 */
public final class TestCertificates {

    /** The password of every key store made here. */
    public static final String PASSWORD = "test-password";

    private static final ConcurrentHashMap<String, KeyStore> CACHE = new ConcurrentHashMap<>();

    private TestCertificates() {
    }

    /** A key store with a self-signed certificate for {@code 127.0.0.1} and {@code localhost}. */
    public static KeyStore loopbackServer() {
        return keyStore("CN=localhost", "SAN=ip:127.0.0.1,dns:localhost,ip:0:0:0:0:0:0:0:1");
    }

    /** A key store with a self-signed certificate for {@code other.example} only. */
    public static KeyStore otherNameServer() {
        return keyStore("CN=other.example", "SAN=dns:other.example");
    }

    /** A key store with a self-signed client certificate. */
    public static KeyStore client() {
        return keyStore("CN=cdpkit test client", "KeyUsage=digitalSignature");
    }

    /** A trust store holding the certificate of {@code keyStore}. */
    public static KeyStore trusting(KeyStore keyStore) {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            Certificate certificate = keyStore.getCertificate("test");
            trust.setCertificateEntry("trusted", certificate);
            return trust;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build a trust store", e);
        }
    }

    private static KeyStore keyStore(String subject, String extension) {
        return CACHE.computeIfAbsent(subject, s -> generate(subject, extension));
    }

    private static KeyStore generate(String subject, String extension) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("cdpkit-test-cert");
            Path file = dir.resolve("keystore.p12");
            run(List.of(keytool(), "-genkeypair", "-alias", "test", "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", subject, "-ext", extension, "-validity", "2", "-storetype", "PKCS12",
                    "-keystore", file.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD));
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(file)) {
                store.load(in, PASSWORD.toCharArray());
            }
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate a certificate for " + subject, e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static String keytool() {
        return Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    }

    private static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("keytool failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running keytool", e);
        } finally {
            process.destroyForcibly();
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            dir.toFile().deleteOnExit();
        }
    }
}
