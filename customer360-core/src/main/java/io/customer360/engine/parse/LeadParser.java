package io.customer360.engine.parse;

import static io.customer360.engine.parse.Violations.check;
import static io.customer360.engine.parse.Violations.clean;

import io.customer360.model.Lead;
import io.customer360.model.ReasonCode;
import io.customer360.read.LeadField;
import io.customer360.read.RawRecord;
import io.customer360.standardise.Emails;
import io.customer360.standardise.Names;
import io.customer360.standardise.Standardised;
import io.customer360.standardise.TimestampParser;
import io.customer360.standardise.UserUuids;
import io.customer360.validate.Violation;
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

    /** Reads creation dates. */
    private final TimestampParser timestamps;

    /**
     * A parser reading creation dates with {@code timestamps}.
     *
     * @param timestamps the timestamp parser
     */
    public LeadParser(TimestampParser timestamps) {
        this.timestamps = Objects.requireNonNull(timestamps, "timestamps");
    }

    @Override
    public ParseResult<Lead> parse(RawRecord record) {
        if (record.isMalformed()) {
            return ParseResult.rejected(Violations.malformed(record));
        }
        Standardised<String> email = Emails.standardise(record.value(LeadField.EMAIL));
        Violation violation = check(email, record, LeadField.EMAIL, ReasonCode.MISSING_EMAIL,
                ReasonCode.INVALID_EMAIL, "email");
        if (violation != null) {
            return ParseResult.rejected(violation);
        }
        Standardised<String> uuid = UserUuids.standardise(record.value(LeadField.USER_UUID));
        violation = check(uuid, record, LeadField.USER_UUID, null, ReasonCode.INVALID_USER_UUID,
                "user UUID");
        if (violation != null) {
            return ParseResult.rejected(violation);
        }
        Standardised<Instant> created = timestamps.parse(record.value(LeadField.CREATION_DATE));
        violation = check(created, record, LeadField.CREATION_DATE, null,
                ReasonCode.INVALID_TIMESTAMP, "creation date");
        if (violation != null) {
            return ParseResult.rejected(violation);
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
