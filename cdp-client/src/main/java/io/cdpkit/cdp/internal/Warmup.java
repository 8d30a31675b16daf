package io.cdpkit.cdp.internal;

import com.fasterxml.jackson.core.JsonParser;
import io.cdpkit.cdp.protocol.target.AttachToTargetResult;
import io.cdpkit.cdp.protocol.target.GetTargetsResult;
import io.cdpkit.cdp.protocol.target.TargetDomain;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Prepares the JSON binding of the wire on a background thread while the browser starts.
 *
 * <p>In a fresh JVM the first command costs far more than the browser's answer: Jackson builds
 * its mapper, loads its introspection machinery and binds the first records, which took about
 * 0.8 s on a 2-core machine. A launch waits about as long for Chromium to open its DevTools
 * endpoint, so the launcher has this done in the meantime: it encodes and decodes messages like
 * the first ones a connection exchanges, once per JVM. Nothing it does is visible; a failure
 * only means the first real command pays the cost after all.
 */
public final class Warmup {

    private static final System.Logger LOG = System.getLogger(Warmup.class.getName());
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private static final String REPLY = "{\"id\":1,\"result\":{\"targetInfos\":[{\"targetId\":\"T\",\"type\":\"page\","
            + "\"title\":\"\",\"url\":\"about:blank\",\"attached\":false,\"canAccessOpener\":false,"
            + "\"browserContextId\":\"C\"}]}}";
    private static final String ATTACHED = "{\"sessionId\":\"S\"}";
    private static final String EVENT = "{\"method\":\"Target.targetCreated\",\"params\":{\"targetInfo\":{}},"
            + "\"sessionId\":\"S\"}";

    private Warmup() {
    }

    /** Starts the warm-up on a short-lived daemon thread, the first time only. */
    public static void startInBackground() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(Warmup::warmUp, "cdpkit-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Does the warm-up on the calling thread; true if every sample message was read as expected. */
    static boolean warmUp() {
        try {
            RequestEncoder.encode(1, "S", "Target.getTargets", RequestEncoder.Params.of(TargetDomain.getTargets()));
            RequestEncoder.encode(2, null, "Target.setAutoAttach",
                    RequestEncoder.Params.of(TargetDomain.setAutoAttach(true, true).withFlatten(true)));
            PendingCall<GetTargetsResult> call = new PendingCall<>(1, "Target.getTargets", null,
                    ResultDecoder.typed(GetTargetsResult.class), true);
            MessageParser parser = new MessageParser(id -> call);
            Incoming reply = parser.parse(stream(REPLY));
            Incoming event = parser.parse(stream(EVENT));
            AttachToTargetResult attached;
            try (JsonParser json = WireJson.factory().createParser(ATTACHED)) {
                json.nextToken();
                attached = ResultDecoder.typed(AttachToTargetResult.class).decode(json);
            }
            return reply instanceof Incoming.Reply r && r.decoded() instanceof GetTargetsResult
                    && event instanceof Incoming.Event && attached.sessionId() != null;
        } catch (Exception | LinkageError e) {
            LOG.log(System.Logger.Level.DEBUG, "warming up the JSON binding failed", e);
            return false;
        }
    }

    private static ByteArrayInputStream stream(String message) {
        return new ByteArrayInputStream(message.getBytes(StandardCharsets.UTF_8));
    }
}
