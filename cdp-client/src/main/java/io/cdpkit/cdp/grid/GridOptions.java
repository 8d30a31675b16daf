package io.cdpkit.cdp.grid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cdpkit.cdp.CdpOptions;
import io.cdpkit.cdp.internal.Timeouts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What to ask a Selenium Grid for and how long to wait: the browser's capabilities, the time the
 * Grid may take to create the session, the timeout of its other requests, and the options of the
 * CDP connection made through the Grid. Immutable; build one with {@link #builder()}:
 *
 * <pre>{@code
 * GridOptions options = GridOptions.builder()
 *         .args("--window-size=1280,800")
 *         .sessionTimeout(Duration.ofSeconds(30))
 *         .build();
 * }</pre>
 *
 * <p>The request asks for {@code browserName} (default {@code chrome}) and
 * {@code goog:chromeOptions} with the arguments ({@code --headless} unless
 * {@link Builder#headless(boolean) headless(false)}) and the binary, if one is set. Other
 * capabilities are added with {@link Builder#capability(String, Object)}; one with the name of a
 * capability cdpkit sets replaces it.
 */
public final class GridOptions {

    /** How long the Grid may take to create a session unless told otherwise. */
    public static final Duration DEFAULT_SESSION_TIMEOUT = Duration.ofSeconds(60);

    /** The timeout of the Grid's other requests (deleting a session) unless told otherwise. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHROME_OPTIONS = "goog:chromeOptions";
    private static final String HEADLESS = "--headless";
    private static final GridOptions DEFAULTS = builder().build();

    private final String browserName;
    private final boolean headless;
    private final List<String> args;
    private final String binary;
    private final Map<String, JsonNode> capabilities;
    private final Duration sessionTimeout;
    private final Duration requestTimeout;
    private final CdpOptions cdpOptions;

    private GridOptions(Builder builder) {
        this.browserName = builder.browserName;
        this.headless = builder.headless;
        this.args = List.copyOf(builder.args);
        this.binary = builder.binary;
        this.capabilities = Collections.unmodifiableMap(new LinkedHashMap<>(builder.capabilities));
        this.sessionTimeout = builder.sessionTimeout;
        this.requestTimeout = builder.requestTimeout;
        this.cdpOptions = builder.cdpOptions;
    }

    /** Chrome, headless, the default timeouts and {@link CdpOptions#defaults()}. */
    public static GridOptions defaults() {
        return DEFAULTS;
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options, to derive changed ones. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.browserName = browserName;
        builder.headless = headless;
        builder.args.addAll(args);
        builder.binary = binary;
        builder.capabilities.putAll(capabilities);
        builder.sessionTimeout = sessionTimeout;
        builder.requestTimeout = requestTimeout;
        builder.cdpOptions = cdpOptions;
        return builder;
    }

    /** The {@code browserName} capability (default {@code chrome}). */
    public String browserName() {
        return browserName;
    }

    /** Whether {@code --headless} is added to the browser's arguments (default true). */
    public boolean headless() {
        return headless;
    }

    /** Extra browser arguments ({@code goog:chromeOptions.args}). */
    public List<String> args() {
        return args;
    }

    /** The browser binary on the Grid node ({@code goog:chromeOptions.binary}), if set. */
    public Optional<String> binary() {
        return Optional.ofNullable(binary);
    }

    /** The capabilities added with {@link Builder#capability(String, Object)}, as JSON. */
    public Map<String, JsonNode> capabilities() {
        return capabilities;
    }

    /**
     * How long the Grid may take to create the session, queueing included; after that the
     * request is withdrawn and a {@link GridTimeoutException} thrown.
     */
    public Duration sessionTimeout() {
        return sessionTimeout;
    }

    /** The timeout of the Grid's other requests. */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** The options of the CDP connection made through the Grid. */
    public CdpOptions cdpOptions() {
        return cdpOptions;
    }

    /** The W3C {@code alwaysMatch} capabilities these options ask for. */
    ObjectNode alwaysMatch() {
        ObjectNode alwaysMatch = JSON.createObjectNode().put("browserName", browserName);
        ObjectNode chromeOptions = alwaysMatch.putObject(CHROME_OPTIONS);
        List<String> allArgs = new ArrayList<>();
        if (headless && args.stream().noneMatch(arg -> arg.startsWith(HEADLESS))) {
            allArgs.add(HEADLESS);
        }
        allArgs.addAll(args);
        allArgs.forEach(chromeOptions.putArray("args")::add);
        if (binary != null) {
            chromeOptions.put("binary", binary);
        }
        capabilities.forEach(alwaysMatch::set);
        return alwaysMatch;
    }

    @Override
    public String toString() {
        return "GridOptions" + alwaysMatch() + "[sessionTimeout=" + sessionTimeout + ", requestTimeout=" + requestTimeout + "]";
    }

    /** Collects Grid settings; every setter returns this builder. */
    public static final class Builder {

        private String browserName = "chrome";
        private boolean headless = true;
        private final List<String> args = new ArrayList<>();
        private String binary;
        private final Map<String, JsonNode> capabilities = new LinkedHashMap<>();
        private Duration sessionTimeout = DEFAULT_SESSION_TIMEOUT;
        private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
        private CdpOptions cdpOptions = CdpOptions.defaults();

        private Builder() {
        }

        /**
         * Asks for this {@code browserName}, e.g. {@code chrome} or {@code MicrosoftEdge}.
         *
         * @throws IllegalArgumentException if it is blank
         */
        public Builder browserName(String browserName) {
            this.browserName = requireNonBlank(browserName, "browserName");
            return this;
        }

        /** With {@code --headless} (the default) or with a window, which needs a display on the node. */
        public Builder headless(boolean headless) {
            this.headless = headless;
            return this;
        }

        /**
         * Adds browser arguments, e.g. {@code --window-size=1280,800}.
         *
         * @throws IllegalArgumentException if one is blank
         */
        public Builder args(String... args) {
            for (String arg : Objects.requireNonNull(args, "args")) {
                this.args.add(requireNonBlank(arg, "argument"));
            }
            return this;
        }

        /**
         * Runs this browser binary on the node.
         *
         * @throws IllegalArgumentException if it is blank
         */
        public Builder binary(String binary) {
            this.binary = requireNonBlank(binary, "binary");
            return this;
        }

        /**
         * Adds a capability, e.g. {@code platformName} or a vendor's {@code "se:name"}; the value is
         * anything Jackson turns into JSON (strings, numbers, booleans, maps, lists, JSON nodes).
         *
         * @throws IllegalArgumentException if the name is blank or the value cannot be turned into JSON
         */
        public Builder capability(String name, Object value) {
            requireNonBlank(name, "capability name");
            try {
                capabilities.put(name, JSON.valueToTree(value));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Capability '" + name + "' cannot be turned into JSON: " + value, e);
            }
            return this;
        }

        /**
         * Sets how long the Grid may take to create a session, queueing included.
         *
         * @throws IllegalArgumentException if it is not positive
         */
        public Builder sessionTimeout(Duration timeout) {
            this.sessionTimeout = Timeouts.requirePositive(timeout, "sessionTimeout");
            return this;
        }

        /**
         * Sets the timeout of the Grid's other requests.
         *
         * @throws IllegalArgumentException if it is not positive
         */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = Timeouts.requirePositive(timeout, "requestTimeout");
            return this;
        }

        /** Sets the options of the CDP connection made through the Grid. */
        public Builder cdpOptions(CdpOptions options) {
            this.cdpOptions = Objects.requireNonNull(options, "options");
            return this;
        }

        /** The options. */
        public GridOptions build() {
            return new GridOptions(this);
        }

        private static String requireNonBlank(String value, String name) {
            if (Objects.requireNonNull(value, name).isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank: '" + value + "'");
            }
            return value;
        }
    }
}
