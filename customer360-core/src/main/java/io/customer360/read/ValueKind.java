package io.customer360.read;

/** How a raw value was written in its source. Delimited files only hold {@link #TEXT}. */
public enum ValueKind {
    /** A string (every delimited value, a JSON string). */
    TEXT,
    /** A JSON number; the value is its source text. */
    NUMBER,
    /** A JSON boolean, object or array; the value is its JSON text. */
    OTHER
}
