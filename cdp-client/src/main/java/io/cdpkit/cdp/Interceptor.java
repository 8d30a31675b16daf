package io.cdpkit.cdp;

import io.cdpkit.cdp.internal.UrlGlob;
import io.cdpkit.cdp.protocol.fetch.FetchDomain;
import io.cdpkit.cdp.protocol.fetch.RequestPattern;
import io.cdpkit.cdp.protocol.fetch.RequestPaused;
import io.cdpkit.cdp.protocol.fetch.RequestStage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Request interception of one page through the {@code Fetch} domain. The browser pauses the
 * requests whose URL matches any registered pattern; each goes to the handler registered last
 * among those whose pattern matches. {@code Fetch} is enabled while at least one handler is
 * registered and disabled when the last one goes.
 */
final class Interceptor {

    private static final System.Logger LOG = System.getLogger(Interceptor.class.getName());

    private record Route(UrlGlob glob, Duration decisionTimeout, Consumer<InterceptedRequest> handler) {
    }

    private final CdpSession session;
    private final Supplier<Duration> callTimeout;
    private final List<Route> routes = new ArrayList<>();

    Interceptor(CdpSession session, Supplier<Duration> callTimeout) {
        this.session = session;
        this.callTimeout = callTimeout;
        session.on(RequestPaused.TYPE, this::onPaused);
    }

    /** Registers {@code handler} for URLs matching {@code urlPattern}; in effect when this returns. */
    synchronized Subscription add(String urlPattern, Duration decisionTimeout, Consumer<InterceptedRequest> handler) {
        Route route = new Route(UrlGlob.of(urlPattern), decisionTimeout, handler);
        routes.add(route);
        try {
            applyPatterns();
        } catch (RuntimeException e) {
            routes.remove(route);
            throw e;
        }
        return () -> remove(route);
    }

    private synchronized void remove(Route route) {
        if (routes.remove(route) && session.isAttached()) {
            try {
                applyPatterns();
            } catch (CdpSessionClosedException closed) {
                LOG.log(System.Logger.Level.DEBUG, "the page closed while an interceptor was removed", closed);
            }
        }
    }

    private void applyPatterns() {
        if (routes.isEmpty()) {
            session.send(FetchDomain.disable(), callTimeout.get());
            return;
        }
        List<RequestPattern> patterns = routes.stream()
                .map(route -> RequestPattern.of().withUrlPattern(route.glob().pattern()).withRequestStage(RequestStage.REQUEST))
                .toList();
        session.send(FetchDomain.enable().withPatterns(patterns), callTimeout.get());
    }

    private void onPaused(RequestPaused paused) {
        InterceptedRequest request = new InterceptedRequest(session, paused, callTimeout.get());
        Route route = routeFor(request.url());
        if (route == null) {
            request.continueIfUndecided();
            return;
        }
        try {
            route.handler().accept(request);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the interceptor of " + route.glob() + " failed on " + request
                    + "; the request is continued", e);
            request.continueIfUndecided();
            return;
        }
        request.continueIfUndecidedAfter(route.decisionTimeout());
    }

    private synchronized Route routeFor(String url) {
        for (int i = routes.size() - 1; i >= 0; i--) {
            if (routes.get(i).glob().matches(url)) {
                return routes.get(i);
            }
        }
        return null;
    }
}
