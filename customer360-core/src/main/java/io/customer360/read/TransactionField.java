package io.customer360.read;

import static io.customer360.read.FieldDefinition.optional;
import static io.customer360.read.FieldDefinition.mandatory;

/** The fields read from the transactions source (SPEC §1). */
public enum TransactionField implements SourceField {
    TRANSACTION_ID(mandatory("transaction_id")),
    USER_UUID(mandatory("user_uuid")),
    AMOUNT(mandatory("amount")),
    STATUS(mandatory("status")),
    TRANSACTION_DATE(optional("transaction_date", "timestamp", "created_at")),
    EMAIL(optional("email"));

    private final FieldDefinition definition;

    TransactionField(FieldDefinition definition) {
        this.definition = definition;
    }

    @Override
    public FieldDefinition definition() {
        return definition;
    }
}
