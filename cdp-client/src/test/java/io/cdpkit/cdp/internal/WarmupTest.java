package io.cdpkit.cdp.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The launcher's background warm-up still reads its sample messages as the wire code does. */
class WarmupTest {

    @Test
    void samplesDecodeThroughTheWirePath() {
        assertTrue(Warmup.warmUp(), "the warm-up's sample reply, event and result decode");
    }
}
