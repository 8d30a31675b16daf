package io.cdpkit.cdp;

import io.cdpkit.cdp.protocol.emulation.EmulationDomain;
import io.cdpkit.cdp.protocol.network.Headers;
import io.cdpkit.cdp.protocol.network.NetworkDomain;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/** What a page pretends to be and sends: its viewport, user agent and extra request headers. */
final class PageSettings {

    private final CdpSession session;

    PageSettings(CdpSession session) {
        this.session = session;
    }

    void setViewport(Viewport viewport, Duration timeout) {
        Objects.requireNonNull(viewport, "viewport");
        session.send(EmulationDomain.setDeviceMetricsOverride(viewport.width(), viewport.height(),
                viewport.deviceScaleFactor(), viewport.mobile()), timeout);
    }

    /** @throws IllegalArgumentException if {@code userAgent} is blank */
    void setUserAgent(String userAgent, Duration timeout) {
        Arguments.requireNotBlank(userAgent, "the user agent");
        session.send(NetworkDomain.setUserAgentOverride(userAgent), timeout);
    }

    /** @throws IllegalArgumentException if a header name is blank or contains spaces or colons */
    void setExtraHeaders(Map<String, String> headers, Duration timeout) {
        session.send(NetworkDomain.setExtraHTTPHeaders(Headers.of(HeaderMaps.requireValid(headers))), timeout);
    }
}
