package io.cdpkit.cdp;

import io.cdpkit.cdp.protocol.network.CookieParam;
import io.cdpkit.cdp.protocol.network.CookieSameSite;
import io.cdpkit.cdp.protocol.network.NetworkDomain;
import io.cdpkit.cdp.protocol.network.TimeSinceEpoch;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/** The cookies a page sees, through the {@code Network} domain. */
final class CookieJar {

    private final CdpSession session;
    private final Supplier<String> pageUrl;

    CookieJar(CdpSession session, Supplier<String> pageUrl) {
        this.session = session;
        this.pageUrl = pageUrl;
    }

    /** The cookies of the page's URL and its frames' URLs. */
    List<Cookie> cookies(Duration timeout) {
        return session.send(NetworkDomain.getCookies(), timeout).cookies().stream().map(CookieJar::toCookie).toList();
    }

    /**
     * Sets {@code cookies}; one without a domain is set for the page's URL.
     *
     * @throws IllegalArgumentException if a cookie has no domain and the page no http(s) URL
     */
    void set(Cookie[] cookies, Duration timeout) {
        Objects.requireNonNull(cookies, "cookies");
        List<CookieParam> params = Arrays.stream(cookies).map(this::toParam).toList();
        session.send(NetworkDomain.setCookies(params), timeout);
    }

    /** Deletes every cookie of the page's browser context. */
    void clear(Duration timeout) {
        session.send(NetworkDomain.clearBrowserCookies(), timeout);
    }

    private CookieParam toParam(Cookie cookie) {
        Objects.requireNonNull(cookie, "cookie");
        CookieParam param = CookieParam.of(cookie.name(), cookie.value())
                .withDomain(cookie.domain())
                .withPath(cookie.path())
                .withHttpOnly(cookie.httpOnly())
                .withSecure(cookie.secure())
                .withSameSite(cookie.sameSite() == null ? null : CookieSameSite.of(cookie.sameSite()))
                .withExpires(cookie.expires() == null ? null : TimeSinceEpoch.of(cookie.expires()));
        if (cookie.domain() != null) {
            return param;
        }
        String url = pageUrl.get();
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new IllegalArgumentException("cookie " + cookie.name() + " has no domain, and the page's URL '" + url
                    + "' cannot give one; navigate first or set a domain");
        }
        return param.withUrl(url);
    }

    private static Cookie toCookie(io.cdpkit.cdp.protocol.network.Cookie cookie) {
        return new Cookie(cookie.name(), cookie.value(), cookie.domain(), cookie.path(),
                cookie.session() ? null : cookie.expires(), cookie.httpOnly(), cookie.secure(),
                cookie.sameSite() == null ? null : cookie.sameSite().value());
    }
}
