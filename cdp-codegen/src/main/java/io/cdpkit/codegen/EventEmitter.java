package io.cdpkit.codegen;

import io.cdpkit.codegen.Schema.Event;
import java.util.Set;

/**
 * Emits an event as a record with a {@code TYPE} descriptor (method name and class) used to
 * subscribe to it.
 */
final class EventEmitter {

    private static final Set<String> RESERVED = Set.of("TYPE");

    private EventEmitter() {
    }

    static GeneratedFile emit(DomainScope scope, Event event) {
        String className = scope.names().event(scope.domain().name(), event.name());
        String wireName = scope.wireName(event.name());
        JavaFile file = scope.newFile(className);
        Javadoc doc = Javadoc.describe(event.description(), "The <code>" + wireName + "</code> event.")
                .paragraph("Received as <code>" + wireName + "</code>; subscribe with {@link #TYPE}.")
                .flags(event.flags());
        RecordWriter record = new RecordWriter(file, className,
                scope.fields("event " + event.name(), event.parameters(), RESERVED));
        record.declare(doc, event.flags(), null);
        file.doc(Javadoc.describe("", "Describes this event for subscribing: its method name and class."));
        file.line("public static final " + file.ref(JavaType.EVENT_TYPE) + "<" + className + "> TYPE = new "
                + file.ref(JavaType.EVENT_TYPE) + "<>(" + JavaFile.literal(wireName) + ", " + className + ".class);");
        record.standardMembers(null);
        return file.toFile();
    }
}
