package io.cdpkit.codegen;

import io.cdpkit.codegen.Schema.Property;

/**
 * A record component generated for a schema property.
 *
 * @param property the schema member
 * @param javaName the component name; differs from the JSON name only when that is not usable
 * @param type     the mapped Java type
 */
record Field(Property property, String javaName, JavaType type) {

    String jsonName() {
        return property.name();
    }

    boolean optional() {
        return property.optional();
    }

    /** A required reference-typed field, which a constructor can check for null. */
    boolean requiredReference() {
        return !property.optional() && !type.isPrimitive();
    }

    /** The {@code @param} text for this field. */
    String docText() {
        return Javadoc.memberText(property.description(), property.optional(), property.flags(),
                "the <code>" + Javadoc.text(jsonName()) + "</code> value");
    }
}
