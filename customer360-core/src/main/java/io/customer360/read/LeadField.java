package io.customer360.read;

import static io.customer360.read.FieldDefinition.mandatory;
import static io.customer360.read.FieldDefinition.optional;

/** The fields read from the leads source (SPEC §1). */
public enum LeadField implements SourceField {
    /** Column {@code lead_id}; optional. */
    LEAD_ID(optional("lead_id")),
    /** Column {@code full_name}; optional. */
    FULL_NAME(optional("full_name")),
    /** Column {@code first_name}; optional. */
    FIRST_NAME(optional("first_name")),
    /** Column {@code last_name}; optional. */
    LAST_NAME(optional("last_name")),
    /** Column {@code email}; mandatory. */
    EMAIL(mandatory("email")),
    /** Column {@code phone}; optional. */
    PHONE(optional("phone")),
    /** Column {@code lead_source}, or {@code source}; optional. */
    LEAD_SOURCE(optional("lead_source", "source")),
    /** Column {@code creation_date}, or {@code created_at}; mandatory. */
    CREATION_DATE(mandatory("creation_date", "created_at")),
    /** Column {@code user_uuid}; optional. */
    USER_UUID(optional("user_uuid"));

    private final FieldDefinition definition;

    LeadField(FieldDefinition definition) {
        this.definition = definition;
    }

    @Override
    public FieldDefinition definition() {
        return definition;
    }
}
