package io.cdpkit.bench.ws;

/** How an {@link EchoClient} hands binary messages to its {@link EchoHandler}. */
public enum Delivery {

    /** Each message whole, in one {@code onBinary(..., true)} call, on the library's receiving thread. */
    WHOLE,

    /**
     * Pieces as the library streams them in, ending with a {@code last} call, so a consumer need
     * not hold the whole message; a library that cannot stream delivers the message as one piece.
     */
    STREAM
}
