package io.customer360.io.write;

import io.customer360.model.ReasonCode;
import io.customer360.output.Rejection;
import io.customer360.read.RawRecord;
import io.customer360.read.SourceSchema;
import io.customer360.read.TransactionField;
import io.customer360.validate.Violation;

/** Builds rejections for the writer tests. */
final class Rejections {
    private Rejections() {
    }

    /** A rejected transaction with the given raw id, status and amount (others missing). */
    static Rejection transaction(long line, String text, String id, String status, String amount,
            ReasonCode code, String reason) {
        String[] values = new String[SourceSchema.TRANSACTIONS.size()];
        values[TransactionField.TRANSACTION_ID.ordinal()] = id;
        values[TransactionField.STATUS.ordinal()] = status;
        values[TransactionField.AMOUNT.ordinal()] = amount;
        RawRecord record = RawRecord.of(SourceSchema.TRANSACTIONS, line, text, values, null);
        return new Rejection(record, new Violation(code, "amount", amount, reason));
    }

    /** A rejected well-formed record of any source whose values are all missing. */
    static Rejection of(SourceSchema schema, long line, String text, ReasonCode code, String reason) {
        RawRecord record = RawRecord.of(schema, line, text, new String[schema.size()], null);
        return new Rejection(record, Violation.of(code, reason));
    }

    /** A malformed record's rejection. */
    static Rejection malformed(SourceSchema schema, long line, String text, String reason) {
        RawRecord record = RawRecord.malformed(schema, line, text, "quote not closed");
        return new Rejection(record, Violation.of(ReasonCode.MALFORMED_RECORD, reason));
    }

    /** A malformed record's rejection whose raw text is only the head of the record. */
    static Rejection truncated(SourceSchema schema, long line, String head, String reason) {
        RawRecord record = RawRecord.malformedHead(schema, line, head, "line too long");
        return new Rejection(record, Violation.of(ReasonCode.MALFORMED_RECORD, reason));
    }
}
