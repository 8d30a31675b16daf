package io.cdpkit.cdp.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdpkit.cdp.BrowserContext;
import io.cdpkit.cdp.Cookie;
import io.cdpkit.cdp.Page;
import io.cdpkit.cdp.Viewport;
import io.cdpkit.cdp.testing.LocalPages.RecordedRequest;
import io.cdpkit.cdp.testing.PageFixture;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Viewport, user agent, extra headers and cookies, checked in the page and on the server. */
@Timeout(60)
class EmulationAndCookiesTest {

    @RegisterExtension
    static final PageFixture fixture = new PageFixture();

    @Test
    void viewportSetsTheWindowSize() {
        Page page = fixture.page();
        page.setViewport(new Viewport(412, 915, 2.5, false));
        page.navigate(fixture.url("hello.html"));

        assertEquals(412, page.evaluate("window.innerWidth").asInt());
        assertEquals(915, page.evaluate("window.innerHeight").asInt());
        assertEquals(2.5, page.evaluate("window.devicePixelRatio").asDouble());
        page.setViewport(1024, 600);
        assertEquals(1024, page.evaluate("window.innerWidth").asInt());
    }

    @Test
    void userAgentReachesTheServerAndTheScripts() {
        Page page = fixture.page();
        page.setUserAgent("cdpkit-test-agent/1.0");

        page.navigate(fixture.url("hello.html?agent"));

        assertEquals("cdpkit-test-agent/1.0", lastRequestTo("agent").header("User-Agent"));
        assertEquals("cdpkit-test-agent/1.0", page.evaluate("navigator.userAgent").asText());
    }

    @Test
    void extraHeadersGoWithEveryRequest() {
        Page page = fixture.page();
        page.setExtraHeaders(Map.of("X-Cdpkit-Test", "yes", "Accept-Language", "fr"));

        page.navigate(fixture.url("hello.html?headers"));
        page.evaluate("() => fetch('/hello.html?fetched').then(r => r.status)");

        assertEquals("yes", lastRequestTo("headers").header("X-Cdpkit-Test"));
        assertEquals("fr", lastRequestTo("headers").header("Accept-Language"));
        assertEquals("yes", lastRequestTo("fetched").header("X-Cdpkit-Test"));
    }

    @Test
    void badSettingsAreRejectedNamingTheValue() {
        Page page = fixture.page();

        assertThrows(IllegalArgumentException.class, () -> page.setViewport(-5, 100));
        assertThrows(IllegalArgumentException.class, () -> page.setUserAgent(" "));
        IllegalArgumentException header = assertThrows(IllegalArgumentException.class,
                () -> page.setExtraHeaders(Map.of("Bad Name", "x")));
        assertTrue(header.getMessage().contains("'Bad Name'"), header.getMessage());
        Map<String, String> nullValue = new HashMap<>();
        nullValue.put("X-Null", null);
        assertThrows(IllegalArgumentException.class, () -> page.setExtraHeaders(nullValue));
    }

    @Test
    void cookiesSetHereAreSeenByScriptsAndSentToTheServer() {
        Page page = fixture.open("hello.html");

        page.setCookies(Cookie.of("flavour", "oatmeal"), Cookie.of("size", "large", fixture.url("/")).withPath("/"));
        page.navigate(fixture.url("hello.html?cookies"));

        assertEquals("flavour=oatmeal; size=large", page.evaluate("document.cookie").asText());
        assertEquals("flavour=oatmeal; size=large", lastRequestTo("cookies").header("Cookie"));
        assertEquals(List.of("flavour", "size"), page.cookies().stream().map(Cookie::name).sorted().toList());
    }

    @Test
    void cookiesFromTheServerAreRead() {
        fixture.server().handle("/set-cookie", exchange -> {
            exchange.getResponseHeaders().add("Set-Cookie", "token=abc123; Path=/; HttpOnly; SameSite=Strict");
            exchange.getResponseHeaders().add("Set-Cookie", "seen=yes; Path=/; Max-Age=3600");
            exchange.sendResponseHeaders(200, -1);
        });
        Page page = fixture.open("set-cookie");

        Cookie token = cookie(page, "token");
        assertEquals("abc123", token.value());
        assertEquals("127.0.0.1", token.domain());
        assertEquals("/", token.path());
        assertTrue(token.httpOnly());
        assertEquals("Strict", token.sameSite());
        assertNull(token.expires(), "a session cookie");
        double inAnHour = Instant.now().getEpochSecond() + 3600;
        assertEquals(inAnHour, cookie(page, "seen").expires(), 120);
        assertEquals("seen=yes", page.evaluate("document.cookie").asText(), "scripts do not see HttpOnly cookies");
    }

    @Test
    void clearCookiesEmptiesThisContextOnly() {
        Page page = fixture.open("hello.html");
        page.setCookies(Cookie.of("mine", "1"));
        try (BrowserContext other = fixture.browser().newContext()) {
            Page neighbour = other.newPage();
            neighbour.navigate(fixture.url("hello.html"));
            neighbour.setCookies(Cookie.of("theirs", "2"));

            page.clearCookies();

            assertEquals(List.of(), page.cookies());
            assertEquals("", page.evaluate("document.cookie").asText());
            assertEquals(List.of("theirs"), neighbour.cookies().stream().map(Cookie::name).toList());
        }
    }

    @Test
    void cookieExpiryIsKept() {
        Page page = fixture.open("hello.html");
        double expires = Instant.now().getEpochSecond() + 86_400;

        page.setCookies(Cookie.of("lasting", "v").withExpires(expires).withSameSite("Lax"));

        assertEquals(expires, cookie(page, "lasting").expires(), 1);
        assertEquals("Lax", cookie(page, "lasting").sameSite());
    }

    @Test
    void badCookiesAreRejected() {
        Page page = fixture.page();

        IllegalArgumentException noUrl = assertThrows(IllegalArgumentException.class, () -> page.setCookies(Cookie.of("a", "b")));
        assertTrue(noUrl.getMessage().contains("about:blank"), noUrl.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Cookie.of(" ", "b"));
        assertThrows(IllegalArgumentException.class, () -> Cookie.of("a", "b").withSameSite("Sometimes"));
        assertThrows(IllegalArgumentException.class, () -> Cookie.of("a", "b", "not a url"));
    }

    private static Cookie cookie(Page page, String name) {
        return page.cookies().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no cookie " + name + " in " + page.cookies()));
    }

    private static RecordedRequest lastRequestTo(String query) {
        List<RecordedRequest> matching = fixture.server().requests().stream()
                .filter(request -> query.equals(request.uri().getQuery())).toList();
        assertTrue(!matching.isEmpty(), "a request with query " + query);
        return matching.get(matching.size() - 1);
    }
}
