package io.cdpkit.cdp.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class LocalPagesTest {

    private static HttpClient client;

    @BeforeAll
    static void createClient() {
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    @AfterAll
    static void dropClient() {
        client = null;
    }

    @Test
    void servesFilesUnderPagesWithTheirContentType() throws Exception {
        try (LocalPages pages = LocalPages.start()) {
            HttpResponse<String> response = get(pages, "hello.html", Duration.ofSeconds(5));

            assertEquals(200, response.statusCode());
            assertEquals("text/html; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(response.body().contains("<title>Hello from cdpkit</title>"), response.body());
            assertEquals("127.0.0.1", pages.baseUrl().getHost());
        }
    }

    @Test
    void unknownPathsAre404() throws Exception {
        try (LocalPages pages = LocalPages.start()) {
            assertEquals(404, get(pages, "missing.html", Duration.ofSeconds(5)).statusCode());
            assertEquals(404, get(pages, "../pom.xml", Duration.ofSeconds(5)).statusCode());
        }
    }

    @Test
    void registeredAnswersWinAndRequestsAreRecorded() throws Exception {
        try (LocalPages pages = LocalPages.start()) {
            pages.respond("/teapot", 418, "text/plain", "short and stout");

            HttpResponse<String> response = get(pages, "teapot?cups=2", Duration.ofSeconds(5));

            assertEquals(418, response.statusCode());
            assertEquals("short and stout", response.body());
            LocalPages.RecordedRequest request = pages.requests().get(0);
            assertEquals("GET", request.method());
            assertEquals("/teapot?cups=2", request.uri().toString());
            assertEquals("127.0.0.1:" + pages.baseUrl().getPort(), request.header("host"));
        }
    }

    @Test
    void delayedAnswerArrivesAfterTheDelay() throws Exception {
        try (LocalPages pages = LocalPages.start()) {
            pages.respondAfter("/slow", Duration.ofMillis(300), "text/plain", "finally");

            assertThrows(HttpTimeoutException.class, () -> get(pages, "slow", Duration.ofMillis(50)));
            assertEquals("finally", get(pages, "slow", Duration.ofSeconds(5)).body());
        }
    }

    @Test
    void hangingAnswersHangUntilCloseWithoutBlockingOthers() throws Exception {
        LocalPages pages = LocalPages.start();
        pages.neverRespond("/never").neverFinish("/endless", "text/html", "<title>loading");
        CompletableFuture<HttpResponse<String>> never = getAsync(pages, "never");
        CompletableFuture<HttpResponse<String>> endless = getAsync(pages, "endless");

        assertEquals(200, get(pages, "hello.html", Duration.ofSeconds(5)).statusCode());
        Thread.sleep(200);
        assertFalse(never.isDone());
        assertFalse(endless.isDone());

        pages.close();
        assertThrows(ExecutionException.class, () -> never.get(5, TimeUnit.SECONDS));
        assertThrows(ExecutionException.class, () -> endless.get(5, TimeUnit.SECONDS));
    }

    private static CompletableFuture<HttpResponse<String>> getAsync(LocalPages pages, String path) {
        return client.sendAsync(HttpRequest.newBuilder(pages.url(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(LocalPages pages, String path, Duration timeout) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(pages.url(path)).timeout(timeout).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
