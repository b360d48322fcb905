package io.customer360.validate;

import static io.customer360.validate.Violations.invalid;
import static io.customer360.validate.Violations.missing;

import io.customer360.model.IdentityLink;
import io.customer360.model.ReasonCode;
import io.customer360.read.IdentityMapField;
import io.customer360.read.RawRecord;
import io.customer360.standardise.Emails;
import io.customer360.standardise.Standardised;
import io.customer360.standardise.UserUuids;

/**
 * The built-in identity map checks, in order: {@code MALFORMED_RECORD}, {@code MISSING_EMAIL},
 * {@code INVALID_EMAIL}, {@code MISSING_USER_UUID}, {@code INVALID_USER_UUID}.
 */
public final class IdentityLinkParser implements RecordParser<IdentityLink> {
    private static final long serialVersionUID = 1L;

    @Override
    public ParseResult<IdentityLink> parse(RawRecord record) {
        if (record.isMalformed()) {
            return ParseResult.rejected(Violations.malformed(record));
        }
        Standardised<String> email = Emails.standardise(record.value(IdentityMapField.EMAIL));
        if (email.isMissing()) {
            return ParseResult.rejected(
                    missing(ReasonCode.MISSING_EMAIL, IdentityMapField.EMAIL, "email"));
        }
        if (email.isInvalid()) {
            return ParseResult.rejected(invalid(ReasonCode.INVALID_EMAIL, record,
                    IdentityMapField.EMAIL, "Invalid email"));
        }
        Standardised<String> uuid = UserUuids.standardise(record.value(IdentityMapField.USER_UUID));
        if (uuid.isMissing()) {
            return ParseResult.rejected(missing(ReasonCode.MISSING_USER_UUID,
                    IdentityMapField.USER_UUID, "user UUID"));
        }
        if (uuid.isInvalid()) {
            return ParseResult.rejected(invalid(ReasonCode.INVALID_USER_UUID, record,
                    IdentityMapField.USER_UUID, "Invalid user UUID"));
        }
        return ParseResult.accepted(
                new IdentityLink(email.value(), uuid.value(), record.line()));
    }
}
