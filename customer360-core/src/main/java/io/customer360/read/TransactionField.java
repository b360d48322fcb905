package io.customer360.read;

import static io.customer360.read.FieldDefinition.mandatory;
import static io.customer360.read.FieldDefinition.optional;

/** The fields read from the transactions source (SPEC §1). */
public enum TransactionField implements SourceField {
    /** Column {@code transaction_id}; mandatory. */
    TRANSACTION_ID(mandatory("transaction_id")),
    /** Column {@code user_uuid}; mandatory. */
    USER_UUID(mandatory("user_uuid")),
    /** Column {@code amount}; mandatory. */
    AMOUNT(mandatory("amount")),
    /** Column {@code status}; mandatory. */
    STATUS(mandatory("status")),
    /** Column {@code transaction_date}, or {@code timestamp} or {@code created_at}; optional. */
    TRANSACTION_DATE(optional("transaction_date", "timestamp", "created_at")),
    /** Column {@code email}; optional. */
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
