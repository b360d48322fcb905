package io.customer360.engine.parse;

import static io.customer360.engine.Records.raw;
import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.model.ReasonCode;
import io.customer360.model.Transaction;
import io.customer360.model.TransactionStatus;
import io.customer360.read.RawRecord;
import io.customer360.read.SourceSchema;
import io.customer360.standardise.TimestampParser;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransactionParserTest {
    private static final String UUID = "user_uuid=0F8FAD5B-D9CB-469F-A165-70867728950E";
    private final TransactionParser parser = new TransactionParser(TimestampParser.defaults());

    @Test
    void acceptsAndStandardisesAValidTransaction() {
        ParseResult<Transaction> result = parser.parse(raw(SourceSchema.TRANSACTIONS, 2,
                "transaction_id= TX-1 ", UUID, "amount=12.345", "status=Canceled",
                "transaction_date=2024-03-05T10:00:00Z", "email= Bob@Example.COM"));

        assertThat(result.isAccepted()).isTrue();
        Transaction tx = result.record();
        assertThat(tx.transactionId()).isEqualTo("TX-1");
        assertThat(tx.userUuid()).isEqualTo("0f8fad5b-d9cb-469f-a165-70867728950e");
        assertThat(tx.amountCents()).isEqualTo(1234L);
        assertThat(tx.status()).isEqualTo(TransactionStatus.CANCELLED);
        assertThat(tx.transactionDate()).isEqualTo(Instant.parse("2024-03-05T10:00:00Z"));
        assertThat(tx.email()).isEqualTo("bob@example.com");
        assertThat(tx.line()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "missing id beats everything; transaction_id=n/a|user_uuid=bad|amount=x|status=zz; MISSING_TRANSACTION_ID",
        "missing uuid; transaction_id=T|amount=x|status=zz; MISSING_USER_UUID",
        "invalid uuid before amount; transaction_id=T|user_uuid=xyz|amount=x; INVALID_USER_UUID",
        "invalid amount before timestamp; transaction_id=T|UUID|amount=$5|transaction_date=never; INVALID_AMOUNT",
        "missing amount is invalid amount; transaction_id=T|UUID|status=completed; INVALID_AMOUNT",
        "invalid timestamp before missing status; transaction_id=T|UUID|amount=5|transaction_date=yesterday; INVALID_TIMESTAMP",
        "missing status before invalid email; transaction_id=T|UUID|amount=5|status= |email=nope; MISSING_STATUS",
        "invalid email before non-positive amount; transaction_id=T|UUID|amount=-1|status=completed|email=nope; INVALID_EMAIL",
        "non-positive before unknown status; transaction_id=T|UUID|amount=0.004|status=weird; NON_POSITIVE_AMOUNT",
        "unknown status; transaction_id=T|UUID|amount=5|status=weird; UNKNOWN_STATUS",
    })
    void rejectsWithTheFirstReasonInSpecOrder(String name, String pairs, String expected) {
        ParseResult<Transaction> result = parser.parse(raw(SourceSchema.TRANSACTIONS, 3,
                pairs.replace("UUID", UUID).split("\\|")));

        assertThat(result.isAccepted()).isFalse();
        assertThat(result.violation().code()).isEqualTo(ReasonCode.of(expected));
    }

    @Test
    void nonPositiveAmountReasonQuotesTheRawAmount() {
        ParseResult<Transaction> result = parser.parse(raw(SourceSchema.TRANSACTIONS, 3,
                "transaction_id=TX-4003", UUID, "amount= -10.0 ", "status=Refunded"));

        assertThat(result.violation().message()).isEqualTo("Non-positive amount (-10.0)");
    }

    @Test
    void rejectsMalformedRecordFirst() {
        RawRecord malformed = RawRecord.malformed(SourceSchema.TRANSACTIONS, 9, "a|b",
                "expected 6 fields but found 2");

        ParseResult<Transaction> result = parser.parse(malformed);

        assertThat(result.violation().code()).isEqualTo(ReasonCode.MALFORMED_RECORD);
        assertThat(result.violation().message()).contains("expected 6 fields but found 2");
    }

    @Test
    void missingOptionalDateAndEmailAreNull() {
        ParseResult<Transaction> result = parser.parse(raw(SourceSchema.TRANSACTIONS, 2,
                "transaction_id=T", UUID, "amount=1", "status=completed", "email=NULL"));

        assertThat(result.record().transactionDate()).isNull();
        assertThat(result.record().email()).isNull();
    }
}
