package io.customer360.read;

import static io.customer360.read.FieldDefinition.mandatory;

/** The fields read from the identity map source (SPEC §1). */
public enum IdentityMapField implements SourceField {
    /** Column {@code email}; mandatory. */
    EMAIL(mandatory("email")),
    /** Column {@code user_uuid}; mandatory. */
    USER_UUID(mandatory("user_uuid"));

    private final FieldDefinition definition;

    IdentityMapField(FieldDefinition definition) {
        this.definition = definition;
    }

    @Override
    public FieldDefinition definition() {
        return definition;
    }
}
