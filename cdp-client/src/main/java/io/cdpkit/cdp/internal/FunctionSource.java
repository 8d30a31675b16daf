package io.cdpkit.cdp.internal;

import java.util.regex.Pattern;

/**
 * Tells JavaScript function sources ({@code function (a) {...}}, {@code async () => ...},
 * {@code x => x * 2}) from plain expressions ({@code document.title}), the way the page API
 * decides between {@code Runtime.callFunctionOn} and {@code Runtime.evaluate}.
 */
public final class FunctionSource {

    /** {@code function}, or an arrow with one identifier or a parenthesised list (one level of nested parentheses). */
    private static final Pattern FUNCTION_START = Pattern.compile(
            "^\\s*(async\\s+)?(function\\b|\\(([^()]|\\([^()]*\\))*\\)\\s*=>|[A-Za-z_$][\\w$]*\\s*=>)");

    private FunctionSource() {
    }

    /** True if {@code source} starts like a function declaration or an arrow function. */
    public static boolean isFunction(String source) {
        return FUNCTION_START.matcher(source).find();
    }

    /** {@code source} as a function declaration: itself if it is one, else a function returning the expression. */
    public static String asFunction(String source) {
        return isFunction(source) ? source : "function () { return (" + source + "\n); }";
    }
}
