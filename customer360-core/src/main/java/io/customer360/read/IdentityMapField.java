package io.customer360.read;

import static io.customer360.read.FieldDefinition.mandatory;

/** The fields read from the identity map source (SPEC §1). */
public enum IdentityMapField implements SourceField {
    EMAIL(mandatory("email")),
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
