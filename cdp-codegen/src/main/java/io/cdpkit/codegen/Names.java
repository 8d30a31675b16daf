package io.cdpkit.codegen;

import java.util.Locale;
import java.util.Set;

/**
 * The naming rules: how schema names become Java package, class, member and constant names.
 * Every rule that turns a schema name into a Java name lives here.
 */
final class Names {

    /** Root package of the generated code; each domain gets a sub-package. */
    static final String ROOT_PACKAGE = "io.cdpkit.cdp.protocol";

    private static final Set<String> KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
            "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
            "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
            "volatile", "while", "true", "false", "null", "var", "record", "yield", "sealed", "permits",
            "non-sealed", "_");

    /**
     * Member names no generated class may use: methods every object has, and the first segments of
     * the fully qualified names generated code may spell out (a field named {@code io} would
     * obscure the package {@code io.cdpkit...}).
     */
    static final Set<String> ALWAYS_RESERVED = Set.of(
            "clone", "equals", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait",
            "io", "java", "com");

    private Names() {
    }

    /** {@code Page} becomes {@code io.cdpkit.cdp.protocol.page}. */
    static String packageName(String domain) {
        String segment = identifier(domain.toLowerCase(Locale.ROOT));
        return ROOT_PACKAGE + "." + (isKeyword(segment) ? segment + "_" : segment);
    }

    /** {@code Page} becomes {@code PageDomain}. */
    static String facadeName(String domain) {
        return className(domain) + "Domain";
    }

    /** {@code captureScreenshot} becomes {@code CaptureScreenshot}. */
    static String className(String schemaName) {
        return capitalize(identifier(schemaName));
    }

    /**
     * A field, parameter or method name: the schema name made a legal identifier, with a trailing
     * underscore when it is a Java keyword or one of the {@code reserved} names ({@code this} becomes
     * {@code this_}).
     */
    static String memberName(String schemaName, Set<String> reserved) {
        return escape(identifier(schemaName), reserved);
    }

    /** {@code fromSurface} becomes {@code withFromSurface}. */
    static String witherName(String schemaName) {
        return "with" + capitalize(identifier(schemaName));
    }

    /**
     * An enum constant: {@code jpeg} becomes {@code JPEG}, {@code sameOrigin} and {@code same-origin}
     * become {@code SAME_ORIGIN}, {@code RenderFrameHostReused_CrossSite} becomes
     * {@code RENDER_FRAME_HOST_REUSED_CROSS_SITE}, {@code 3d} becomes {@code _3D}.
     */
    static String constantName(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                appendSeparator(out);
                continue;
            }
            boolean wordStart = Character.isUpperCase(c) && i > 0
                    && (Character.isLowerCase(value.charAt(i - 1)) || Character.isDigit(value.charAt(i - 1))
                    || i + 1 < value.length() && Character.isUpperCase(value.charAt(i - 1))
                    && Character.isLowerCase(value.charAt(i + 1)));
            if (wordStart) {
                appendSeparator(out);
            }
            out.append(Character.toUpperCase(c));
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '_') {
            end--;
        }
        String name = out.substring(0, end);
        if (name.isEmpty()) {
            return "EMPTY";
        }
        return Character.isDigit(name.charAt(0)) ? "_" + name : name;
    }

    private static void appendSeparator(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '_') {
            out.append('_');
        }
    }

    /** Replaces characters Java does not allow in identifiers with {@code _}. */
    static String identifier(String schemaName) {
        if (schemaName.isEmpty()) {
            throw new IllegalArgumentException("empty name");
        }
        StringBuilder out = new StringBuilder(schemaName.length() + 1);
        if (!Character.isJavaIdentifierStart(schemaName.charAt(0))) {
            out.append('_');
        }
        for (int i = 0; i < schemaName.length(); i++) {
            char c = schemaName.charAt(i);
            out.append(Character.isJavaIdentifierPart(c) ? c : '_');
        }
        return out.toString();
    }

    static boolean isKeyword(String name) {
        return KEYWORDS.contains(name);
    }

    private static String escape(String name, Set<String> reserved) {
        return isKeyword(name) || reserved.contains(name) || ALWAYS_RESERVED.contains(name) ? name + "_" : name;
    }

    static String capitalize(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
