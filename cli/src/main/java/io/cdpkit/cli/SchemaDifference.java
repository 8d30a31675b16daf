package io.cdpkit.cli;

/**
 * One thing that one side of a protocol comparison has and the other lacks.
 *
 * @param side which side has it
 * @param kind what it is, e.g. {@code command} or {@code enum value}
 * @param name its qualified name, e.g. {@code Page.navigate} or {@code Page.navigate.url}
 */
record SchemaDifference(Side side, String kind, String name) {

    /** The side of the comparison that has the item. */
    enum Side {
        /** The running browser has it; the pinned bindings lack it. */
        BROWSER_ONLY,
        /** The pinned bindings have it; the running browser lacks it. */
        PINNED_ONLY
    }
}
