package io.cdpkit.bench.harness;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The {@code --name value} command-line flags of a benchmark program. Unknown names, a flag
 * without a value and a missing required flag are {@link IllegalArgumentException}s that name
 * the flag.
 */
public final class Flags {

    private final Map<String, String> values;

    private Flags(Map<String, String> values) {
        this.values = values;
    }

    /**
     * Parses {@code args} as {@code --name value} pairs.
     *
     * @param known the flag names the program accepts (without the dashes)
     */
    public static Flags parse(String[] args, Set<String> known) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            String arg = args[i];
            if (!arg.startsWith("--") || !known.contains(arg.substring(2))) {
                throw new IllegalArgumentException("Unknown argument " + arg + "; expected one of --" + String.join(", --", known));
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Flag " + arg + " needs a value");
            }
            values.put(arg.substring(2), args[i + 1]);
        }
        return new Flags(values);
    }

    /**
     * The value after {@code --name} in raw {@code args}, or {@code "unknown"}: for naming a run
     * in its {@code FAIL} line even when its flags do not parse.
     */
    public static String peek(String[] args, String name) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--" + name)) {
                return args[i + 1];
            }
        }
        return "unknown";
    }

    /** The value of a flag that must be given. */
    public String required(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("Missing flag --" + name);
        }
        return value;
    }

    /** The value of a flag, or {@code fallback} when it was not given. */
    public String optional(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    /** The value of a flag as a number of seconds (not negative, fractions allowed), or {@code fallback}. */
    public double seconds(String name, double fallback) {
        String text = values.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            double seconds = Double.parseDouble(text);
            if (seconds < 0 || Double.isNaN(seconds) || Double.isInfinite(seconds)) {
                throw new IllegalArgumentException("Flag --" + name + " must be a non-negative number of seconds: " + text);
            }
            return seconds;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Flag --" + name + " is not a number: " + text, e);
        }
    }
}
