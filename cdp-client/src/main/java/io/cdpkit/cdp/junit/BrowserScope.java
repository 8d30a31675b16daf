package io.cdpkit.cdp.junit;

/** How widely the {@link CdpkitExtension} shares a browser between test classes. */
public enum BrowserScope {

    /** Whatever the {@code cdpkit.browserScope} setting says; {@link #CLASS} when it is not set. */
    DEFAULT,

    /** One browser per top-level test class (its {@code @Nested} classes share it), closed after the class. */
    CLASS,

    /** One browser for every test class of the run that uses this scope, closed when the run ends. */
    RUN
}
