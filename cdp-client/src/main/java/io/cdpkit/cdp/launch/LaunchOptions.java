package io.cdpkit.cdp.launch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How to start a browser: which binary, headless or not, extra command-line arguments and
 * environment, where the profile lives and how long to wait for the DevTools endpoint.
 *
 * <p>Immutable; build one with {@link #builder()} or take {@link #defaults()}:
 *
 * <pre>{@code
 * LaunchOptions options = LaunchOptions.builder()
 *         .args("--window-size=1280,800")
 *         .startupTimeout(Duration.ofSeconds(10))
 *         .build();
 * }</pre>
 *
 * <p>The launcher always adds {@code --remote-debugging-port} and {@code --user-data-dir} itself
 * (see {@link Builder#remoteDebuggingPort(int)} and {@link Builder#userDataDir(Path)}), so those
 * two may not appear among the extra arguments.
 */
public final class LaunchOptions {

    /** How long {@link ChromeLauncher#launch(LaunchOptions)} waits for the endpoint by default. */
    public static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofSeconds(30);

    private static final List<String> RESERVED_SWITCHES =
            List.of("--user-data-dir", "--remote-debugging-port", "--remote-debugging-pipe");

    private final Path executable;
    private final boolean headless;
    private final List<String> args;
    private final Map<String, String> env;
    private final Duration startupTimeout;
    private final Path userDataDir;
    private final int remoteDebuggingPort;
    private final Set<String> excludedDefaultFlags;

    private LaunchOptions(Builder builder) {
        this.executable = builder.executable;
        this.headless = builder.headless;
        this.args = List.copyOf(builder.args);
        this.env = Map.copyOf(builder.env);
        this.startupTimeout = builder.startupTimeout;
        this.userDataDir = builder.userDataDir;
        this.remoteDebuggingPort = builder.remoteDebuggingPort;
        this.excludedDefaultFlags = Set.copyOf(builder.excludedDefaultFlags);
    }

    /** Options with every default: headless, binary looked up, fresh temporary profile. */
    public static LaunchOptions defaults() {
        return builder().build();
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options, to derive changed ones. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.executable = executable;
        builder.headless = headless;
        builder.args.addAll(args);
        builder.env.putAll(env);
        builder.startupTimeout = startupTimeout;
        builder.userDataDir = userDataDir;
        builder.remoteDebuggingPort = remoteDebuggingPort;
        builder.excludedDefaultFlags.addAll(excludedDefaultFlags);
        return builder;
    }

    /** The browser binary to run; empty means look it up with {@link ChromeLocator}. */
    public Optional<Path> executable() {
        return Optional.ofNullable(executable);
    }

    /** Whether the browser runs without a window (default true). */
    public boolean headless() {
        return headless;
    }

    /** Extra command-line arguments, appended after the launcher's own. */
    public List<String> args() {
        return args;
    }

    /** Environment variables set for the browser on top of this JVM's environment. */
    public Map<String, String> env() {
        return env;
    }

    /** How long to wait for the browser to open its DevTools endpoint. */
    public Duration startupTimeout() {
        return startupTimeout;
    }

    /**
     * The profile directory the caller chose, kept after close; empty means a fresh temporary
     * directory that is deleted when the browser is closed.
     */
    public Optional<Path> userDataDir() {
        return Optional.ofNullable(userDataDir);
    }

    /** The DevTools port to listen on; 0 (the default) lets the browser pick a free one. */
    public int remoteDebuggingPort() {
        return remoteDebuggingPort;
    }

    /** Switch names of {@link ChromeCommandLine#DEFAULT_FLAGS} (or {@code --no-sandbox}) to leave out. */
    public Set<String> excludedDefaultFlags() {
        return excludedDefaultFlags;
    }

    /** Collects launch settings; every setter returns this builder. */
    public static final class Builder {

        private Path executable;
        private boolean headless = true;
        private final List<String> args = new ArrayList<>();
        private final Map<String, String> env = new LinkedHashMap<>();
        private Duration startupTimeout = DEFAULT_STARTUP_TIMEOUT;
        private Path userDataDir;
        private int remoteDebuggingPort;
        private final Set<String> excludedDefaultFlags = new LinkedHashSet<>();

        private Builder() {
        }

        /** Runs this binary instead of looking one up; it must exist and be executable. */
        public Builder executable(Path executable) {
            this.executable = Objects.requireNonNull(executable, "executable");
            return this;
        }

        /** Headless (the default) or with a window, which needs a display. */
        public Builder headless(boolean headless) {
            this.headless = headless;
            return this;
        }

        /**
         * Adds command-line arguments, passed after the launcher's own. A non-flag argument (a URL)
         * replaces the default start page {@code about:blank}.
         *
         * @throws IllegalArgumentException for {@code --user-data-dir}, {@code --remote-debugging-port}
         *     or {@code --remote-debugging-pipe}, which the launcher manages itself
         */
        public Builder args(String... args) {
            return args(List.of(args));
        }

        /** Adds command-line arguments; see {@link #args(String...)}. */
        public Builder args(List<String> args) {
            for (String arg : args) {
                Objects.requireNonNull(arg, "args must not contain null");
                rejectReservedSwitch(arg);
                this.args.add(arg);
            }
            return this;
        }

        /** Sets one environment variable for the browser (the rest is inherited from this JVM). */
        public Builder env(String name, String value) {
            if (Objects.requireNonNull(name, "name").isEmpty() || name.contains("=")) {
                throw new IllegalArgumentException("Invalid environment variable name: '" + name + "'");
            }
            env.put(name, Objects.requireNonNull(value, "value"));
            return this;
        }

        /** How long to wait for the DevTools endpoint (default 30 s); must be positive. */
        public Builder startupTimeout(Duration startupTimeout) {
            if (startupTimeout.isNegative() || startupTimeout.isZero()) {
                throw new IllegalArgumentException("startupTimeout must be positive: " + startupTimeout);
            }
            this.startupTimeout = startupTimeout;
            return this;
        }

        /** Uses (and keeps) this profile directory; it is created if missing. */
        public Builder userDataDir(Path userDataDir) {
            this.userDataDir = Objects.requireNonNull(userDataDir, "userDataDir");
            return this;
        }

        /** Listens on a fixed DevTools port instead of a free one chosen by the browser. */
        public Builder remoteDebuggingPort(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("remoteDebuggingPort must be 0..65535: " + port);
            }
            this.remoteDebuggingPort = port;
            return this;
        }

        /**
         * Leaves out launcher defaults by switch name, e.g. {@code "--mute-audio"} or
         * {@code "--disable-features"}; {@code "--no-sandbox"} stops it being added for root.
         */
        public Builder excludeDefaultFlags(String... switchNames) {
            for (String switchName : switchNames) {
                if (!Objects.requireNonNull(switchName, "switchName").startsWith("--")
                        || switchName.contains("=")) {
                    throw new IllegalArgumentException(
                            "Expected a switch name such as --mute-audio, got: '" + switchName + "'");
                }
                excludedDefaultFlags.add(switchName);
            }
            return this;
        }

        /** The immutable options. */
        public LaunchOptions build() {
            return new LaunchOptions(this);
        }

        private static void rejectReservedSwitch(String arg) {
            String switchName = ChromeCommandLine.switchName(arg);
            if (RESERVED_SWITCHES.contains(switchName)) {
                throw new IllegalArgumentException("Argument '" + arg + "' is managed by the launcher, which always "
                        + "uses --remote-debugging-port and its own --user-data-dir: set them with "
                        + "LaunchOptions.Builder.remoteDebuggingPort(int) and userDataDir(Path)");
            }
        }
    }
}
