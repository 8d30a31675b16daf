package io.cdpkit.cdp;

import io.cdpkit.cdp.internal.KeyDefinitions;
import io.cdpkit.cdp.internal.KeyDefinitions.Key;
import io.cdpkit.cdp.protocol.input.DispatchKeyEvent;
import io.cdpkit.cdp.protocol.input.DispatchKeyEventType;
import io.cdpkit.cdp.protocol.input.InputDomain;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The page's keyboard: real key events through {@code Input.dispatchKeyEvent}, as if a user
 * typed on a US keyboard into the focused element.
 *
 * <pre>{@code
 * page.keyboard().type("Hello");
 * page.keyboard().press("Shift+ArrowLeft");
 * page.keyboard().press("Enter");
 * }</pre>
 *
 * <p>Key names are those of the DOM's {@code KeyboardEvent.key}: single characters, and
 * {@code Enter}, {@code Tab}, {@code Backspace}, {@code Delete}, {@code Escape}, {@code Space},
 * {@code ArrowLeft}/{@code Up}/{@code Right}/{@code Down}, {@code Home}, {@code End},
 * {@code PageUp}, {@code PageDown}, {@code Insert}, {@code F1}-{@code F12}, and the modifiers
 * {@code Shift}, {@code Control}, {@code Alt}, {@code Meta}.
 */
public final class Keyboard {

    private final CdpSession session;
    private final Supplier<Duration> timeout;
    private volatile int modifiers;

    Keyboard(CdpSession session, Supplier<Duration> timeout) {
        this.session = session;
        this.timeout = timeout;
    }

    /**
     * Presses {@code key} down (and holds it, if it is a modifier, until {@link #up}).
     *
     * @throws IllegalArgumentException if the key is unknown
     */
    public void down(String key) {
        Key definition = KeyDefinitions.of(requireKey(key));
        modifiers |= definition.modifier();
        boolean typesText = definition.text() != null && (modifiers & ~KeyDefinitions.SHIFT) == 0;
        DispatchKeyEvent event = event(typesText ? DispatchKeyEventType.KEY_DOWN : DispatchKeyEventType.RAW_KEY_DOWN, definition);
        if (typesText) {
            event = event.withText(definition.text()).withUnmodifiedText(definition.text());
        }
        session.send(event, timeout.get());
    }

    /**
     * Releases {@code key}.
     *
     * @throws IllegalArgumentException if the key is unknown
     */
    public void up(String key) {
        Key definition = KeyDefinitions.of(requireKey(key));
        modifiers &= ~definition.modifier();
        session.send(event(DispatchKeyEventType.KEY_UP, definition), timeout.get());
    }

    /**
     * Presses and releases {@code key}; {@code +} joins a chord, e.g. {@code Control+a} or
     * {@code Shift+ArrowLeft} (keys go down in order and up in reverse).
     *
     * @throws IllegalArgumentException if a key is unknown
     */
    public void press(String key) {
        List<String> chord = chord(requireKey(key));
        chord.forEach(KeyDefinitions::of);
        chord.forEach(this::down);
        for (int i = chord.size() - 1; i >= 0; i--) {
            up(chord.get(i));
        }
    }

    /**
     * Types {@code text} key by key: characters of a US keyboard (and newlines, tabs) as key
     * presses, others (e.g. {@code é}, emoji) as text input ({@code Input.insertText}).
     */
    public void type(String text) {
        Objects.requireNonNull(text, "text");
        text.codePoints().mapToObj(Character::toString).forEach(character -> {
            if (KeyDefinitions.forCharacter(character).isPresent()) {
                press(character);
            } else {
                insertText(character);
            }
        });
    }

    /** Inserts {@code text} into the focused element as an input method would, without key events. */
    public void insertText(String text) {
        Objects.requireNonNull(text, "text");
        session.send(InputDomain.insertText(text), timeout.get());
    }

    /** The modifier bits held down now (Alt 1, Control 2, Meta 4, Shift 8), for mouse events. */
    int modifiers() {
        return modifiers;
    }

    private DispatchKeyEvent event(DispatchKeyEventType type, Key key) {
        return InputDomain.dispatchKeyEvent(type)
                .withModifiers(modifiers)
                .withKey(key.key())
                .withCode(key.code())
                .withWindowsVirtualKeyCode(key.keyCode())
                .withLocation(key.location());
    }

    /** {@code Control+Shift+a} as its keys; a {@code +} at the end is the plus key itself. */
    private static List<String> chord(String key) {
        List<String> keys = new ArrayList<>(List.of(key.split("\\+(?=.)")));
        keys.replaceAll(part -> part.isEmpty() ? "+" : part);
        return keys;
    }

    private static String requireKey(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("the key must not be null or empty: " + (key == null ? "null" : "''"));
        }
        return key;
    }
}
