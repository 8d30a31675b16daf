package io.cdpkit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.cdpkit.cli.SchemaDifference.Side;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares two DevTools protocol schemas (the shape of {@code /json/protocol}): domains, their
 * types, commands and events, the parameters, results and properties of those, and enum values.
 * An item only one side has is reported once, without its contents.
 */
final class SchemaDiff {

    private final List<SchemaDifference> differences = new ArrayList<>();

    private SchemaDiff() {
    }

    /** What {@code browser} has that {@code pinned} lacks and the reverse, in schema order. */
    static List<SchemaDifference> compare(JsonNode pinned, JsonNode browser) {
        SchemaDiff diff = new SchemaDiff();
        diff.members("domain", "", pinned.path("domains"), browser.path("domains"), "domain", diff::domain);
        return List.copyOf(diff.differences);
    }

    private void domain(String domain, JsonNode pinned, JsonNode browser) {
        String prefix = domain + ".";
        members("type", prefix, pinned.path("types"), browser.path("types"), "id", this::type);
        members("command", prefix, pinned.path("commands"), browser.path("commands"), "name", this::command);
        members("event", prefix, pinned.path("events"), browser.path("events"), "name", this::parameters);
    }

    private void type(String type, JsonNode pinned, JsonNode browser) {
        enumValues(type, pinned, browser);
        members("property", type + ".", pinned.path("properties"), browser.path("properties"), "name",
                this::enumValues);
    }

    private void command(String command, JsonNode pinned, JsonNode browser) {
        parameters(command, pinned, browser);
        members("result", command + ".", pinned.path("returns"), browser.path("returns"), "name",
                this::enumValues);
    }

    /** The parameters of a command or an event. */
    private void parameters(String owner, JsonNode pinned, JsonNode browser) {
        members("parameter", owner + ".", pinned.path("parameters"), browser.path("parameters"), "name",
                this::enumValues);
    }

    /** Enum values of a type, property or parameter, also of an array's items. */
    private void enumValues(String owner, JsonNode pinned, JsonNode browser) {
        Set<String> pinnedValues = enumValuesOf(pinned);
        Set<String> browserValues = enumValuesOf(browser);
        reportMissing(Side.BROWSER_ONLY, owner, browserValues, pinnedValues);
        reportMissing(Side.PINNED_ONLY, owner, pinnedValues, browserValues);
    }

    private void reportMissing(Side side, String owner, Set<String> values, Set<String> otherSideValues) {
        values.stream().filter(value -> !otherSideValues.contains(value))
                .forEach(value -> differences.add(new SchemaDifference(side, "enum value", owner + " \"" + value + "\"")));
    }

    private static Set<String> enumValuesOf(JsonNode item) {
        JsonNode values = item.has("enum") ? item.path("enum") : item.path("items").path("enum");
        Set<String> result = new LinkedHashSet<>();
        values.forEach(value -> result.add(value.asText()));
        return result;
    }

    /**
     * Compares two lists of named items: reports those only one side has, and hands the pairs
     * present on both sides to {@code inner}.
     */
    private void members(String kind, String prefix, JsonNode pinnedList, JsonNode browserList, String key,
            Inner inner) {
        Map<String, JsonNode> pinned = byName(pinnedList, key);
        Map<String, JsonNode> browser = byName(browserList, key);
        browser.keySet().stream().filter(name -> !pinned.containsKey(name))
                .forEach(name -> differences.add(new SchemaDifference(Side.BROWSER_ONLY, kind, prefix + name)));
        pinned.keySet().stream().filter(name -> !browser.containsKey(name))
                .forEach(name -> differences.add(new SchemaDifference(Side.PINNED_ONLY, kind, prefix + name)));
        pinned.forEach((name, item) -> {
            if (browser.containsKey(name)) {
                inner.compare(prefix + name, item, browser.get(name));
            }
        });
    }

    private static Map<String, JsonNode> byName(JsonNode list, String key) {
        Map<String, JsonNode> result = new LinkedHashMap<>();
        list.forEach(item -> result.put(item.path(key).asText(), item));
        return result;
    }

    /** Compares the contents of an item both sides have. */
    @FunctionalInterface
    private interface Inner {
        void compare(String name, JsonNode pinned, JsonNode browser);
    }
}
