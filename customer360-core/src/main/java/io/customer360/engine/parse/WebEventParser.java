package io.customer360.engine.parse;

import static io.customer360.engine.parse.Violations.check;
import static io.customer360.engine.parse.Violations.clean;

import io.customer360.model.ReasonCode;
import io.customer360.model.WebEvent;
import io.customer360.read.RawRecord;
import io.customer360.read.WebActivityField;
import io.customer360.standardise.Emails;
import io.customer360.standardise.PageViews;
import io.customer360.standardise.Standardised;
import io.customer360.standardise.TimestampParser;
import io.customer360.standardise.UserUuids;
import io.customer360.validate.Violation;
import java.time.Instant;
import java.util.Objects;

/**
 * The built-in web event checks, in order: {@code MALFORMED_RECORD}, {@code MISSING_USER_UUID},
 * {@code INVALID_USER_UUID}, {@code INVALID_PAGE_VIEWS}, {@code INVALID_TIMESTAMP},
 * {@code INVALID_EMAIL}. A missing {@code page_views} counts as 1.
 */
public final class WebEventParser implements RecordParser<WebEvent> {
    private static final long serialVersionUID = 1L;

    /** Reads event times. */
    private final TimestampParser timestamps;

    /**
     * A parser reading event times with {@code timestamps}.
     *
     * @param timestamps the timestamp parser
     */
    public WebEventParser(TimestampParser timestamps) {
        this.timestamps = Objects.requireNonNull(timestamps, "timestamps");
    }

    @Override
    public ParseResult<WebEvent> parse(RawRecord record) {
        if (record.isMalformed()) {
            return ParseResult.rejected(Violations.malformed(record));
        }
        Standardised<String> uuid = UserUuids.standardise(record.value(WebActivityField.USER_UUID));
        Violation violation = check(uuid, record, WebActivityField.USER_UUID,
                ReasonCode.MISSING_USER_UUID, ReasonCode.INVALID_USER_UUID, "user UUID");
        if (violation != null) {
            return ParseResult.rejected(violation);
        }
        Standardised<Long> pageViews = PageViews.standardise(
                record.value(WebActivityField.PAGE_VIEWS), record.kind(WebActivityField.PAGE_VIEWS));
        violation = check(pageViews, record, WebActivityField.PAGE_VIEWS, null,
                ReasonCode.INVALID_PAGE_VIEWS, "page views");
        if (violation != null) {
            return ParseResult.rejected(violation);
        }
        Standardised<Instant> time = timestamps.parse(record.value(WebActivityField.TIMESTAMP));
        violation = check(time, record, WebActivityField.TIMESTAMP, null,
                ReasonCode.INVALID_TIMESTAMP, "timestamp");
        if (violation != null) {
            return ParseResult.rejected(violation);
        }
        Standardised<String> email = Emails.standardise(record.value(WebActivityField.EMAIL));
        violation = check(email, record, WebActivityField.EMAIL, null, ReasonCode.INVALID_EMAIL,
                "email");
        if (violation != null) {
            return ParseResult.rejected(violation);
        }
        return ParseResult.accepted(new WebEvent(uuid.value(),
                clean(record, WebActivityField.SESSION_ID), pageViews.orElse(1L), time.value(),
                email.value(), record.line()));
    }
}
