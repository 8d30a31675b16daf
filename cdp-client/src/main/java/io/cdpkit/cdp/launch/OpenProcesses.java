package io.cdpkit.cdp.launch;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The launched browsers not yet closed, closed by one JVM shutdown hook (installed with the first
 * launch) so an application that forgets {@code close()} or calls {@code System.exit} leaves no
 * browser or profile behind. Closed browsers are removed, so nothing here outlives its use.
 */
final class OpenProcesses {

    private static final Set<OwnedProcess> OPEN = ConcurrentHashMap.newKeySet();
    private static final AtomicBoolean HOOK_INSTALLED = new AtomicBoolean();

    private OpenProcesses() {
    }

    static void register(OwnedProcess process) {
        if (HOOK_INSTALLED.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(OpenProcesses::closeAll, "cdpkit-browser-shutdown"));
        }
        OPEN.add(process);
    }

    static void unregister(OwnedProcess process) {
        OPEN.remove(process);
    }

    /** How many launched browsers are tracked for closing at shutdown. */
    static int openCount() {
        return OPEN.size();
    }

    private static void closeAll() {
        List.copyOf(OPEN).forEach(OwnedProcess::close);
    }
}
