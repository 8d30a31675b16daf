package io.cdpkit.codegen;

import io.cdpkit.codegen.Schema.Flags;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Javadoc comment under construction. Schema descriptions go through {@link #text(String)},
 * which escapes everything Javadoc or javac would misread ({@code <}, {@code &}, {@code @},
 * {@code *}{@code /}, backslashes) and turns {@code `code`} spans into {@code <code>}.
 */
final class Javadoc {

    private static final Pattern CODE_SPAN = Pattern.compile("`([^`\n]+)`");
    private static final Pattern BLANK_LINES = Pattern.compile("\n\\s*\n");
    private static final List<String> TAG_ORDER = List.of("param", "return", "throws", "deprecated");

    private final List<String> paragraphs = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();

    private Javadoc() {
    }

    /** A comment whose body is the schema description, or {@code fallbackHtml} when it has none. */
    static Javadoc describe(String schemaText, String fallbackHtml) {
        Javadoc doc = new Javadoc();
        if (schemaText.isBlank()) {
            doc.paragraphs.add(fallbackHtml);
        } else {
            for (String paragraph : BLANK_LINES.split(schemaText.strip())) {
                doc.paragraphs.add(text(paragraph));
            }
        }
        return doc;
    }

    /** Adds a paragraph of generator-written HTML. */
    Javadoc paragraph(String html) {
        paragraphs.add(html);
        return this;
    }

    /** Adds the notes for experimental and deprecated items. */
    Javadoc flags(Flags flags) {
        if (flags.experimental()) {
            paragraph("<b>Experimental</b> in the DevTools protocol: it may change or disappear in any browser release.");
        }
        if (flags.deprecated()) {
            tag("deprecated", "deprecated in the DevTools protocol.");
        }
        return this;
    }

    Javadoc param(String name, String html) {
        return tag("param", name + " " + html);
    }

    Javadoc returns(String html) {
        return tag("return", html);
    }

    Javadoc tag(String name, String html) {
        tags.add("@" + name + " " + html);
        return this;
    }

    /**
     * The description of a member for a {@code @param} tag: schema text, then a note such as
     * "<em>Optional, experimental.</em>".
     */
    static String memberText(String schemaText, boolean optional, Flags flags, String fallbackHtml) {
        String text = schemaText.isBlank() ? fallbackHtml : text(schemaText.strip());
        List<String> notes = new ArrayList<>();
        if (optional) {
            notes.add("optional");
        }
        if (flags.experimental()) {
            notes.add("experimental");
        }
        if (flags.deprecated()) {
            notes.add("deprecated");
        }
        return notes.isEmpty() ? text : text + " <em>" + Names.capitalize(String.join(", ", notes)) + ".</em>";
    }

    /** Escapes schema text for Javadoc and marks up its {@code `code`} spans. */
    static String text(String schemaText) {
        String escaped = schemaText
                .replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("@", "&#64;")
                .replace("\\", "&#92;")
                .replace("*/", "*&#47;");
        return CODE_SPAN.matcher(escaped).replaceAll("<code>$1</code>");
    }

    /** The comment's lines, from {@code /**} to the closing line, without indentation. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("/**");
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0) {
                lines.add(" *");
            }
            addText(lines, (i > 0 ? "<p>" : "") + paragraphs.get(i));
        }
        if (!tags.isEmpty()) {
            lines.add(" *");
            tags.stream().sorted(Comparator.comparingInt(Javadoc::tagRank)).forEach(tag -> addText(lines, tag));
        }
        lines.add(" */");
        return lines;
    }

    /** Orders block tags as the Javadoc style guide does; the sort is stable within a kind. */
    private static int tagRank(String tag) {
        return TAG_ORDER.indexOf(tag.substring(1, tag.indexOf(' ')));
    }

    private static void addText(List<String> lines, String text) {
        for (String line : text.split("\n", -1)) {
            lines.add(line.isBlank() ? " *" : " * " + line.stripTrailing());
        }
    }
}
