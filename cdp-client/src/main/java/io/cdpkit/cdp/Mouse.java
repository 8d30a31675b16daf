package io.cdpkit.cdp;

import io.cdpkit.cdp.protocol.input.DispatchMouseEvent;
import io.cdpkit.cdp.protocol.input.DispatchMouseEventType;
import io.cdpkit.cdp.protocol.input.InputDomain;
import io.cdpkit.cdp.protocol.input.MouseButton;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The page's mouse: real pointer events through {@code Input.dispatchMouseEvent}, at CSS pixel
 * coordinates relative to the viewport's top-left corner. Keys held on the {@link Keyboard}
 * apply as modifiers (e.g. Shift+click).
 */
public final class Mouse {

    private final CdpSession session;
    private final Keyboard keyboard;
    private final Supplier<Duration> timeout;
    private volatile double x;
    private volatile double y;
    private volatile boolean pressed;

    Mouse(CdpSession session, Keyboard keyboard, Supplier<Duration> timeout) {
        this.session = session;
        this.keyboard = keyboard;
        this.timeout = timeout;
    }

    /**
     * Moves the pointer to ({@code x}, {@code y}).
     *
     * @throws IllegalArgumentException if a coordinate is not finite
     */
    public void move(double x, double y) {
        requireFinite(x, "x");
        requireFinite(y, "y");
        this.x = x;
        this.y = y;
        send(DispatchMouseEventType.MOUSE_MOVED, 0);
    }

    /** Presses the left button where the pointer is. */
    public void down() {
        pressed = true;
        send(DispatchMouseEventType.MOUSE_PRESSED, 1);
    }

    /** Releases the left button where the pointer is. */
    public void up() {
        pressed = false;
        send(DispatchMouseEventType.MOUSE_RELEASED, 1);
    }

    /**
     * Moves to ({@code x}, {@code y}) and clicks the left button there.
     *
     * @throws IllegalArgumentException if a coordinate is not finite
     */
    public void click(double x, double y) {
        move(x, y);
        down();
        up();
    }

    private void send(DispatchMouseEventType type, int clickCount) {
        boolean buttonEvent = clickCount > 0;
        DispatchMouseEvent event = InputDomain.dispatchMouseEvent(type, x, y)
                .withModifiers(keyboard.modifiers())
                .withButton(buttonEvent || pressed ? MouseButton.LEFT : MouseButton.NONE)
                .withButtons(pressed ? 1 : 0);
        session.send(buttonEvent ? event.withClickCount(clickCount) : event, timeout.get());
    }

    private static void requireFinite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number: " + value);
        }
    }
}
