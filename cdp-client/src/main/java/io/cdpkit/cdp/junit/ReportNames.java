package io.cdpkit.cdp.junit;

import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The folder names of a failure report: the test class's binary name, then the test method's name,
 * with {@code -<n>} for the n-th invocation of a parameterized, repeated or dynamic test. Characters
 * that are unsafe in file names become {@code _}.
 */
final class ReportNames {

    private static final Set<String> INVOCATION_SEGMENTS = Set.of("test-template-invocation", "dynamic-test");

    private ReportNames() {
    }

    static String ofClass(ExtensionContext context) {
        return safe(context.getRequiredTestClass().getName());
    }

    static String ofTest(ExtensionContext context) {
        String name = context.getRequiredTestMethod().getName();
        String uniqueId = context.getUniqueId();
        int lastSegment = uniqueId.lastIndexOf("/[");
        String segment = uniqueId.substring(lastSegment + 2, uniqueId.length() - 1);
        int colon = segment.indexOf(':');
        if (colon > 0 && INVOCATION_SEGMENTS.contains(segment.substring(0, colon))) {
            name += "-" + segment.substring(colon + 1).replace("#", "");
        }
        return safe(name);
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._$-]", "_");
    }
}
