package io.cdpkit.cdp.launch;

import java.util.ArrayDeque;
import java.util.Deque;

/** The last lines of a process's output, bounded in line count and characters. Thread-safe. */
final class OutputTail {

    private static final String TRUNCATION_MARK = "...";

    private final int maxLines;
    private final int maxChars;
    private final Deque<String> lines = new ArrayDeque<>();
    private int chars;

    OutputTail(int maxLines, int maxChars) {
        if (maxLines < 1 || maxChars <= TRUNCATION_MARK.length()) {
            throw new IllegalArgumentException("Tail too small: " + maxLines + " lines, " + maxChars + " chars");
        }
        this.maxLines = maxLines;
        this.maxChars = maxChars;
    }

    /** Keeps {@code line}, dropping the oldest lines beyond the limits; an overlong line is cut. */
    synchronized void add(String line) {
        String kept = line.length() > maxChars
                ? line.substring(0, maxChars - TRUNCATION_MARK.length()) + TRUNCATION_MARK
                : line;
        lines.addLast(kept);
        chars += kept.length();
        while (lines.size() > maxLines || chars > maxChars) {
            chars -= lines.removeFirst().length();
        }
    }

    /** The kept lines, each ended by a newline; empty if nothing was written. */
    synchronized String text() {
        StringBuilder text = new StringBuilder(chars + lines.size());
        lines.forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }
}
