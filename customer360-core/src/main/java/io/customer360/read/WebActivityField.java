package io.customer360.read;

import static io.customer360.read.FieldDefinition.optional;
import static io.customer360.read.FieldDefinition.mandatory;

/** The fields read from the web activity source (SPEC §1). */
public enum WebActivityField implements SourceField {
    USER_UUID(optional("user_uuid")),
    SESSION_ID(optional("session_id")),
    PAGE_VIEWS(optional("page_views")),
    TIMESTAMP(optional("timestamp", "event_time", "ts")),
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
