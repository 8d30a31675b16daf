package io.cdpkit.cli;

import java.util.Locale;

/** Human-readable file sizes for progress lines: {@code 812 bytes}, {@code 48.2 kB}, {@code 3.1 MB}. */
final class Sizes {

    private Sizes() {
    }

    /** {@code bytes} in bytes, kB or MB (powers of 1000). */
    static String describe(long bytes) {
        if (bytes < 1_000) {
            return bytes + " bytes";
        }
        if (bytes < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f kB", bytes / 1e3);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
