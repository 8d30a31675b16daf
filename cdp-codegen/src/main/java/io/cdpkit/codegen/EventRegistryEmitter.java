package io.cdpkit.codegen;

import io.cdpkit.codegen.Schema.Domain;
import io.cdpkit.codegen.Schema.Event;
import io.cdpkit.codegen.Schema.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Emits {@code io.cdpkit.cdp.protocol.ProtocolEvents}, which maps an event's method name to its
 * descriptor for the dispatcher. A {@code switch} keeps event classes unloaded until an event of
 * that kind arrives.
 */
final class EventRegistryEmitter {

    static final String CLASS_NAME = "ProtocolEvents";

    private EventRegistryEmitter() {
    }

    static GeneratedFile emit(Protocol protocol, NameTable names) {
        JavaFile file = new JavaFile(Names.ROOT_PACKAGE, CLASS_NAME, Set.of(CLASS_NAME));
        String eventType = file.ref(JavaType.EVENT_TYPE);
        String string = file.ref(JavaType.STRING);
        file.declare(Javadoc.describe("", "Every event of the DevTools protocol, by method name, "
                        + "for dispatching incoming events to their typed records."),
                List.of(), false, List.of("public final class " + CLASS_NAME + " {"));
        List<String> methods = new ArrayList<>();
        List<String> cases = new ArrayList<>();
        for (Domain domain : protocol.domains()) {
            for (Event event : domain.events()) {
                String method = domain.name() + "." + event.name();
                JavaType type = JavaType.of(Names.packageName(domain.name()), names.event(domain.name(), event.name()));
                methods.add(JavaFile.literal(method));
                cases.add("case " + JavaFile.literal(method) + ": return "
                        + file.ref(event.flags().deprecated() ? type.asDeprecated() : type) + ".TYPE;");
            }
        }
        file.line("private static final " + file.ref(JavaType.LIST.withArguments(JavaType.STRING)) + " METHODS = "
                + file.ref(JavaType.LIST) + ".of(");
        for (int i = 0; i < methods.size(); i++) {
            file.line("        " + methods.get(i) + (i + 1 < methods.size() ? "," : ");"));
        }
        file.blank();
        file.open("private " + CLASS_NAME + "()");
        file.close();
        file.blank();
        file.doc(Javadoc.describe("", "The descriptor of an event.")
                .param("method", "the event's method name, e.g. <code>Page.loadEventFired</code>")
                .returns("the descriptor, or null for an event these bindings do not know"));
        file.open("public static " + eventType + "<?> forMethod(" + string + " method)");
        file.open("if (method == null)");
        file.line("return null;");
        file.close();
        file.open("switch (method)");
        cases.forEach(file::line);
        file.line("default: return null;");
        file.close();
        file.close();
        file.blank();
        file.doc(Javadoc.describe("", "The method names of every known event, in schema order.")
                .returns("an unmodifiable list"));
        file.open("public static " + file.ref(JavaType.LIST.withArguments(JavaType.STRING)) + " methods()");
        file.line("return METHODS;");
        file.close();
        return file.toFile();
    }
}
