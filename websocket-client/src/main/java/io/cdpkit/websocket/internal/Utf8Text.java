package io.cdpkit.websocket.internal;

/** Strict UTF-8 size of outgoing text: a lone surrogate is an error, not a replacement character. */
final class Utf8Text {

    private Utf8Text() {
    }

    /**
     * The number of bytes {@code text} takes as UTF-8.
     *
     * @throws IllegalArgumentException naming the index of a lone surrogate
     */
    static long encodedLength(String text) {
        long size = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                size++;
            } else if (c < 0x800) {
                size += 2;
            } else if (!Character.isSurrogate(c)) {
                size += 3;
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                size += 4;
                i++;
            } else {
                throw new IllegalArgumentException(String.format(
                        "Text is not valid UTF-16: lone surrogate U+%04X at index %d", (int) c, i));
            }
        }
        return size;
    }
}
