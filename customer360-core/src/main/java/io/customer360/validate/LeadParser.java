package io.customer360.validate;

import static io.customer360.validate.Violations.clean;
import static io.customer360.validate.Violations.invalid;
import static io.customer360.validate.Violations.missing;

import io.customer360.model.Lead;
import io.customer360.model.ReasonCode;
import io.customer360.read.LeadField;
import io.customer360.read.RawRecord;
import io.customer360.standardise.Emails;
import io.customer360.standardise.Names;
import io.customer360.standardise.Standardised;
import io.customer360.standardise.TimestampParser;
import io.customer360.standardise.UserUuids;
import java.time.Instant;
import java.util.Objects;

/**
 * The built-in lead checks, in order: {@code MALFORMED_RECORD}, {@code MISSING_EMAIL},
 * {@code INVALID_EMAIL}, {@code INVALID_USER_UUID}, {@code INVALID_TIMESTAMP}.
 *
 * <p>The name is {@code full_name}, or else {@code first_name} and {@code last_name} joined by
 * one space (either alone when the other is missing).
 */
public final class LeadParser implements RecordParser<Lead> {
    private static final long serialVersionUID = 1L;

    private final TimestampParser timestamps;

    /** A parser reading creation dates with {@code timestamps}. */
    public LeadParser(TimestampParser timestamps) {
        this.timestamps = Objects.requireNonNull(timestamps, "timestamps");
    }

    @Override
    public ParseResult<Lead> parse(RawRecord record) {
        if (record.isMalformed()) {
            return ParseResult.rejected(Violations.malformed(record));
        }
        Standardised<String> email = Emails.standardise(record.value(LeadField.EMAIL));
        if (email.isMissing()) {
            return ParseResult.rejected(missing(ReasonCode.MISSING_EMAIL, LeadField.EMAIL, "email"));
        }
        if (email.isInvalid()) {
            return ParseResult.rejected(
                    invalid(ReasonCode.INVALID_EMAIL, record, LeadField.EMAIL, "Invalid email"));
        }
        Standardised<String> uuid = UserUuids.standardise(record.value(LeadField.USER_UUID));
        if (uuid.isInvalid()) {
            return ParseResult.rejected(invalid(ReasonCode.INVALID_USER_UUID, record,
                    LeadField.USER_UUID, "Invalid user UUID"));
        }
        Standardised<Instant> created = timestamps.parse(record.value(LeadField.CREATION_DATE));
        if (created.isInvalid()) {
            return ParseResult.rejected(invalid(ReasonCode.INVALID_TIMESTAMP, record,
                    LeadField.CREATION_DATE, "Invalid creation date"));
        }
        return ParseResult.accepted(new Lead(clean(record, LeadField.LEAD_ID),
                Names.standardise(rawName(record)).value(), email.value(),
                clean(record, LeadField.PHONE), clean(record, LeadField.LEAD_SOURCE),
                created.value(), uuid.value(), record.line()));
    }

    private static String rawName(RawRecord record) {
        String full = clean(record, LeadField.FULL_NAME);
        if (full != null) {
            return full;
        }
        String first = clean(record, LeadField.FIRST_NAME);
        String last = clean(record, LeadField.LAST_NAME);
        if (first == null) {
            return last;
        }
        return last == null ? first : first + " " + last;
    }
}
