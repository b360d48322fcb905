package io.customer360.engine.parse;

import static io.customer360.engine.parse.Violations.check;

import io.customer360.model.IdentityLink;
import io.customer360.model.ReasonCode;
import io.customer360.read.IdentityMapField;
import io.customer360.read.RawRecord;
import io.customer360.standardise.Emails;
import io.customer360.standardise.Standardised;
import io.customer360.standardise.UserUuids;
import io.customer360.validate.Violation;

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
        Violation violation = check(email, record, IdentityMapField.EMAIL,
                ReasonCode.MISSING_EMAIL, ReasonCode.INVALID_EMAIL, "email");
        if (violation != null) {
            return ParseResult.rejected(violation);
        }
        Standardised<String> uuid = UserUuids.standardise(record.value(IdentityMapField.USER_UUID));
        violation = check(uuid, record, IdentityMapField.USER_UUID, ReasonCode.MISSING_USER_UUID,
                ReasonCode.INVALID_USER_UUID, "user UUID");
        if (violation != null) {
            return ParseResult.rejected(violation);
        }
        return ParseResult.accepted(
                new IdentityLink(email.value(), uuid.value(), record.line()));
    }
}
