package io.cdpkit.cdp.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The keys of a US keyboard as {@code Input.dispatchKeyEvent} describes them: named keys
 * ({@code Enter}, {@code Tab}, {@code ArrowLeft}, {@code Shift}, {@code F5}, ...) and the printable
 * ASCII characters.
 */
public final class KeyDefinitions {

    /** Modifier bit of Alt in {@code Input} events. */
    public static final int ALT = 1;
    /** Modifier bit of Control. */
    public static final int CONTROL = 2;
    /** Modifier bit of Meta (Command, Windows key). */
    public static final int META = 4;
    /** Modifier bit of Shift. */
    public static final int SHIFT = 8;

    /**
     * One key.
     *
     * @param key the DOM {@code KeyboardEvent.key}, e.g. {@code a}, {@code A}, {@code Enter}
     * @param code the physical key's DOM {@code KeyboardEvent.code}, e.g. {@code KeyA}
     * @param keyCode the Windows virtual key code
     * @param text the text the key types, or null for keys that type nothing
     * @param location 0 standard, 1 left, 2 right, 3 keypad
     * @param modifier the modifier bit the key sets while held, 0 for other keys
     */
    public record Key(String key, String code, int keyCode, String text, int location, int modifier) {
    }

    private static final Map<String, Key> NAMED = new HashMap<>();
    private static final Map<Character, Key> CHARACTERS = new HashMap<>();

    static {
        named("Enter", "Enter", 13, "\r");
        named("Tab", "Tab", 9, "\t");
        named("Backspace", "Backspace", 8, null);
        named("Delete", "Delete", 46, null);
        named("Escape", "Escape", 27, null);
        named("Insert", "Insert", 45, null);
        named("Home", "Home", 36, null);
        named("End", "End", 35, null);
        named("PageUp", "PageUp", 33, null);
        named("PageDown", "PageDown", 34, null);
        named("ArrowLeft", "ArrowLeft", 37, null);
        named("ArrowUp", "ArrowUp", 38, null);
        named("ArrowRight", "ArrowRight", 39, null);
        named("ArrowDown", "ArrowDown", 40, null);
        named("CapsLock", "CapsLock", 20, null);
        named("ContextMenu", "ContextMenu", 93, null);
        NAMED.put("Space", new Key(" ", "Space", 32, " ", 0, 0));
        modifier("Shift", "ShiftLeft", 16, SHIFT);
        modifier("Control", "ControlLeft", 17, CONTROL);
        modifier("Alt", "AltLeft", 18, ALT);
        modifier("Meta", "MetaLeft", 91, META);
        for (int n = 1; n <= 12; n++) {
            named("F" + n, "F" + n, 111 + n, null);
        }
        for (char c = 'a'; c <= 'z'; c++) {
            String code = "Key" + Character.toUpperCase(c);
            character(c, code, Character.toUpperCase(c));
            character(Character.toUpperCase(c), code, Character.toUpperCase(c));
        }
        String digits = "0123456789";
        String shiftedDigits = ")!@#$%^&*(";
        for (int n = 0; n < 10; n++) {
            character(digits.charAt(n), "Digit" + n, '0' + n);
            character(shiftedDigits.charAt(n), "Digit" + n, '0' + n);
        }
        punctuation("-_", "Minus", 189);
        punctuation("=+", "Equal", 187);
        punctuation("[{", "BracketLeft", 219);
        punctuation("]}", "BracketRight", 221);
        punctuation("\\|", "Backslash", 220);
        punctuation(";:", "Semicolon", 186);
        punctuation("'\"", "Quote", 222);
        punctuation(",<", "Comma", 188);
        punctuation(".>", "Period", 190);
        punctuation("/?", "Slash", 191);
        punctuation("`~", "Backquote", 192);
        character(' ', "Space", 32);
        CHARACTERS.put('\r', NAMED.get("Enter"));
        CHARACTERS.put('\n', NAMED.get("Enter"));
        CHARACTERS.put('\t', NAMED.get("Tab"));
    }

    private KeyDefinitions() {
    }

    /**
     * The key named {@code name}: a named key ({@code Enter}, {@code ArrowDown}, ...) or a
     * single character. A character outside the table is typed as text without a key code.
     *
     * @throws IllegalArgumentException if {@code name} is neither
     */
    public static Key of(String name) {
        Key named = NAMED.get(name);
        if (named != null) {
            return named;
        }
        if (name.codePointCount(0, name.length()) == 1) {
            return forCharacter(name).orElse(new Key(name, "", 0, name, 0, 0));
        }
        throw new IllegalArgumentException("unknown key '" + name + "'; use a single character or one of "
                + String.join(", ", NAMED.keySet().stream().sorted().toList()));
    }

    /** The key that types {@code character} on a US keyboard, if there is one. */
    public static Optional<Key> forCharacter(String character) {
        return character.length() == 1 ? Optional.ofNullable(CHARACTERS.get(character.charAt(0))) : Optional.empty();
    }

    private static void named(String name, String code, int keyCode, String text) {
        NAMED.put(name, new Key(name, code, keyCode, text, 0, 0));
    }

    private static void modifier(String name, String code, int keyCode, int bit) {
        NAMED.put(name, new Key(name, code, keyCode, null, 1, bit));
    }

    private static void punctuation(String plainAndShifted, String code, int keyCode) {
        character(plainAndShifted.charAt(0), code, keyCode);
        character(plainAndShifted.charAt(1), code, keyCode);
    }

    private static void character(char c, String code, int keyCode) {
        String text = String.valueOf(c);
        CHARACTERS.put(c, new Key(text, code, keyCode, text, 0, 0));
    }
}
