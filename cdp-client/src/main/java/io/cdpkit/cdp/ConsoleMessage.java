package io.cdpkit.cdp;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * A call of the page's {@code console} API, e.g. {@code console.log("a", 1)}.
 *
 * @param type the console method as the browser names it: {@code log}, {@code info},
 *             {@code warning}, {@code error}, {@code debug}, {@code table}, {@code trace}, ...
 * @param text the arguments joined by spaces, Puppeteer style: strings as they are, other
 *             primitives as JavaScript prints them, objects as {@code JSHandle@object},
 *             {@code JSHandle@array}, {@code JSHandle@node}, ...
 * @param args the arguments: primitives as JSON values ({@code undefined} as JSON null, NaN and
 *             BigInts as numbers), objects as their short description, e.g. {@code Array(3)}
 * @param url the script that called the console, or null when unknown
 * @param line the 1-based line of the call, 0 when unknown
 */
public record ConsoleMessage(String type, String text, List<JsonNode> args, String url, int line) {

    /** Copies the arguments. */
    public ConsoleMessage {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        args = List.copyOf(args);
    }
}
