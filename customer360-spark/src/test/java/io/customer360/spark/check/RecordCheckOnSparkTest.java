package io.customer360.spark.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.engine.parse.LeadParser;
import io.customer360.engine.parse.ParseResult;
import io.customer360.engine.parse.RecordCheck;
import io.customer360.io.read.DelimitedFileInput;
import io.customer360.model.Lead;
import io.customer360.model.ReasonCode;
import io.customer360.model.Source;
import io.customer360.read.DateOrder;
import io.customer360.read.RawRecord;
import io.customer360.read.ReadOptions;
import io.customer360.read.RecordReader;
import io.customer360.read.SourceSchema;
import io.customer360.spark.read.SplitFileReader;
import io.customer360.standardise.TimestampParser;
import io.customer360.validate.Validator;
import io.customer360.validate.Violation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The record checks of core (parser, built-in validation, custom validators) run on Spark's
 * workers, shipped by serialisation, and give every record of a file split across tasks the
 * same outcome as the local engine's reader and checks.
 */
class RecordCheckOnSparkTest {
    private static SparkSession spark;

    @TempDir
    Path folder;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("record-check")
                .config("spark.ui.enabled", "false").getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    /** Rejects a lead whose source is "Spam", as a user's validator would. */
    private static final Validator<Lead> NO_SPAM = lead -> "Spam".equals(lead.leadSource())
            ? Optional.of(Violation.of(ReasonCode.of("SPAM_LEAD"), "Spam lead"))
            : Optional.empty();

    @Test
    void checksOnWorkersGiveTheLocalOutcomeForEveryRecord() throws Exception {
        StringBuilder csv = new StringBuilder(
                "lead_id,full_name,email,phone,source,created_at,user_uuid\n");
        for (int i = 0; i < 3000; i++) {
            String email = i % 17 == 0 ? "not-an-email" : "p" + i + "@example.com";
            String created = i % 23 == 0 ? "someday" : "2024-01-" + (1 + i % 28);
            String source = i % 11 == 0 ? "Spam" : i % 13 == 0 ? "\"Web\nform\"" : "Web";
            csv.append("L").append(i).append(",person ").append(i).append(',').append(email)
                    .append(",,").append(source).append(',').append(created).append(",\n");
        }
        Path file = Files.writeString(folder.resolve("leads.csv"), csv, StandardCharsets.UTF_8);
        DelimitedFileInput input = DelimitedFileInput.csv(file);
        ReadOptions options = ReadOptions.defaults();
        RecordCheck<Lead> check = new RecordCheck<>(Source.LEADS,
                new LeadParser(new TimestampParser(ZoneOffset.UTC, DateOrder.MONTH_FIRST)),
                List.of(NO_SPAM));

        List<String> local = new ArrayList<>();
        try (RecordReader reader = input.open(SourceSchema.LEADS, options)) {
            for (RawRecord raw = reader.read(); raw != null; raw = reader.read()) {
                local.add(outcome(raw, check.check(raw)));
            }
        }
        List<String> distributed = new ArrayList<>(SplitFileReader.delimited(spark,
                file.toUri().toString(), input, SourceSchema.LEADS, options, 4_000)
                .map(row -> {
                    RawRecord raw = row.toRawRecord(SourceSchema.LEADS);
                    return outcome(raw, check.check(raw));
                }).collect());
        distributed.sort(null);
        local.sort(null);

        assertThat(distributed).hasSize(3000).isEqualTo(local);
        assertThat(local).anyMatch(line -> line.endsWith("SPAM_LEAD"))
                .anyMatch(line -> line.endsWith("INVALID_EMAIL"))
                .anyMatch(line -> line.endsWith("INVALID_TIMESTAMP"))
                .anyMatch(line -> line.endsWith("accepted"));
    }

    private static String outcome(RawRecord raw, ParseResult<Lead> result) {
        return String.format("%06d %s", raw.line(),
                result.isAccepted() ? "accepted" : result.violation().code().code());
    }
}
