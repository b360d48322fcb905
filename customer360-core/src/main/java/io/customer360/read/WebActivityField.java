package io.customer360.read;

import static io.customer360.read.FieldDefinition.mandatory;
import static io.customer360.read.FieldDefinition.optional;

/** The fields read from the web activity source (SPEC §1). */
public enum WebActivityField implements SourceField {
    /** Field {@code user_uuid}. */
    USER_UUID(optional("user_uuid")),
    /** Field {@code session_id}. */
    SESSION_ID(optional("session_id")),
    /** Field {@code page_views}. */
    PAGE_VIEWS(optional("page_views")),
    /** Field {@code timestamp}, or {@code event_time} or {@code ts}. */
    TIMESTAMP(optional("timestamp", "event_time", "ts")),
    /** Field {@code email}. */
    EMAIL(optional("email"));

    private final FieldDefinition definition;

    WebActivityField(FieldDefinition definition) {
        this.definition = definition;
    }

    @Override
    public FieldDefinition definition() {
        return definition;
    }
}
