package io.customer360.engine.parse;

import static io.customer360.engine.parse.Violations.check;
import static io.customer360.engine.parse.Violations.clean;
import static io.customer360.engine.parse.Violations.invalid;
import static io.customer360.engine.parse.Violations.missing;

import io.customer360.model.ReasonCode;
import io.customer360.model.Transaction;
import io.customer360.model.TransactionStatus;
import io.customer360.read.RawRecord;
import io.customer360.read.StatusVocabulary;
import io.customer360.read.TransactionField;
import io.customer360.standardise.Amounts;
import io.customer360.standardise.Emails;
import io.customer360.standardise.Standardised;
import io.customer360.standardise.Statuses;
import io.customer360.standardise.Text;
import io.customer360.standardise.TimestampParser;
import io.customer360.standardise.UserUuids;
import io.customer360.validate.Violation;
import java.time.Instant;
import java.util.Objects;

/**
 * The built-in transaction checks, in order: {@code MALFORMED_RECORD},
 * {@code MISSING_TRANSACTION_ID}, {@code MISSING_USER_UUID}, {@code INVALID_USER_UUID},
 * {@code INVALID_AMOUNT} (also when missing), {@code INVALID_TIMESTAMP}, {@code MISSING_STATUS},
 * {@code INVALID_EMAIL}, {@code NON_POSITIVE_AMOUNT}, {@code UNKNOWN_STATUS}.
 */
public final class TransactionParser implements RecordParser<Transaction> {
    private static final long serialVersionUID = 1L;

    /** Reads transaction dates. */
    private final TimestampParser timestamps;
    /** Reads statuses. */
    private final StatusVocabulary statuses;

    /**
     * A parser reading transaction dates with {@code timestamps} and the default statuses.
     *
     * @param timestamps the timestamp parser
     */
    public TransactionParser(TimestampParser timestamps) {
        this(timestamps, StatusVocabulary.defaults());
    }

    /**
     * A parser reading transaction dates with {@code timestamps} and statuses with
     * {@code statuses}.
     *
     * @param timestamps the timestamp parser
     * @param statuses   the raw values of each status
     */
    public TransactionParser(TimestampParser timestamps, StatusVocabulary statuses) {
        this.timestamps = Objects.requireNonNull(timestamps, "timestamps");
        this.statuses = Objects.requireNonNull(statuses, "statuses");
    }

    @Override
    public ParseResult<Transaction> parse(RawRecord record) {
        if (record.isMalformed()) {
            return ParseResult.rejected(Violations.malformed(record));
        }
        String id = clean(record, TransactionField.TRANSACTION_ID);
        if (id == null) {
            return ParseResult.rejected(missing(ReasonCode.MISSING_TRANSACTION_ID,
                    TransactionField.TRANSACTION_ID, "transaction id"));
        }
        Standardised<String> uuid = UserUuids.standardise(record.value(TransactionField.USER_UUID));
        Violation violation = check(uuid, record, TransactionField.USER_UUID,
                ReasonCode.MISSING_USER_UUID, ReasonCode.INVALID_USER_UUID, "user UUID");
        if (violation != null) {
            return ParseResult.rejected(violation);
        }
        Standardised<Long> amount = Amounts.standardise(record.value(TransactionField.AMOUNT));
        violation = check(amount, record, TransactionField.AMOUNT, ReasonCode.INVALID_AMOUNT,
                ReasonCode.INVALID_AMOUNT, "amount");
        if (violation != null) {
            return ParseResult.rejected(violation);
        }
        Standardised<Instant> date =
                timestamps.parse(record.value(TransactionField.TRANSACTION_DATE));
        violation = check(date, record, TransactionField.TRANSACTION_DATE, null,
                ReasonCode.INVALID_TIMESTAMP, "transaction date");
        if (violation != null) {
            return ParseResult.rejected(violation);
        }
        if (Text.clean(record.value(TransactionField.STATUS)) == null) {
            return ParseResult.rejected(
                    missing(ReasonCode.MISSING_STATUS, TransactionField.STATUS, "status"));
        }
        Standardised<String> email = Emails.standardise(record.value(TransactionField.EMAIL));
        violation = check(email, record, TransactionField.EMAIL, null, ReasonCode.INVALID_EMAIL,
                "email");
        if (violation != null) {
            return ParseResult.rejected(violation);
        }
        if (amount.value() <= 0) {
            return ParseResult.rejected(invalid(ReasonCode.NON_POSITIVE_AMOUNT, record,
                    TransactionField.AMOUNT, "Non-positive amount"));
        }
        Standardised<TransactionStatus> status =
                Statuses.standardise(record.value(TransactionField.STATUS), statuses);
        if (!status.isValid()) {
            return ParseResult.rejected(invalid(ReasonCode.UNKNOWN_STATUS, record,
                    TransactionField.STATUS, "Unknown status"));
        }
        return ParseResult.accepted(new Transaction(id, uuid.value(), amount.value(),
                status.value(), date.value(), email.value(), record.line()));
    }
}
