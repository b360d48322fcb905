package io.customer360.read;

import static io.customer360.read.FieldDefinition.optional;
import static io.customer360.read.FieldDefinition.mandatory;

/** The fields read from the leads source (SPEC §1). */
public enum LeadField implements SourceField {
    LEAD_ID(optional("lead_id")),
    FULL_NAME(optional("full_name")),
    FIRST_NAME(optional("first_name")),
    LAST_NAME(optional("last_name")),
    EMAIL(mandatory("email")),
    PHONE(optional("phone")),
    LEAD_SOURCE(optional("lead_source", "source")),
    CREATION_DATE(mandatory("creation_date", "created_at")),
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
