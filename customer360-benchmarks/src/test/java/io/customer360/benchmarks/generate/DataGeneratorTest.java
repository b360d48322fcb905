package io.customer360.benchmarks.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customer360.io.LocalFiles;
import io.customer360.model.Source;
import io.customer360.report.RunReport;
import io.customer360.report.SourceReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataGeneratorTest {
    private static final List<String> FILES = List.of(LocalFiles.LEADS_FILE,
            LocalFiles.TRANSACTIONS_FILE, LocalFiles.WEB_ACTIVITY_FILE, LocalFiles.IDENTITY_MAP_FILE);

    @TempDir
    Path temp;

    private static DataGenerator small(long seed) {
        return DataGenerator.builder().leads(2_000).transactions(20_000).web(20_000).seed(seed).build();
    }

    @Test
    void sameSettingsWriteIdenticalBytes() throws IOException {
        small(7).writeTo(temp.resolve("a"));
        small(7).writeTo(temp.resolve("b"));
        for (String file : FILES) {
            assertThat(Files.mismatch(temp.resolve("a").resolve(file), temp.resolve("b").resolve(file)))
                    .as(file).isEqualTo(-1L);
        }
    }

    @Test
    void anotherSeedWritesOtherData() throws IOException {
        small(7).writeTo(temp.resolve("a"));
        small(8).writeTo(temp.resolve("b"));
        assertThat(Files.mismatch(temp.resolve("a").resolve(LocalFiles.TRANSACTIONS_FILE),
                temp.resolve("b").resolve(LocalFiles.TRANSACTIONS_FILE))).isNotEqualTo(-1L);
    }

    @Test
    void pipelineReadsEveryGeneratedRecordAndRejectsSomeOfEachKind() throws IOException {
        GeneratedData data = small(3).writeTo(temp.resolve("in"));
        RunReport report = LocalFiles.defaults(data.directory(), temp.resolve("out")).build().run();

        assertThat(report.sources().get(Source.LEADS).read()).isEqualTo(data.leads());
        assertThat(report.sources().get(Source.TRANSACTIONS).read()).isEqualTo(data.transactions());
        assertThat(report.sources().get(Source.WEB_ACTIVITY).read()).isEqualTo(data.webEvents());
        assertThat(report.sources().get(Source.IDENTITY_MAP).read()).isEqualTo(data.identityLinks());
        SourceReport transactions = report.sources().get(Source.TRANSACTIONS);
        assertThat(transactions.rejectedByReason()).containsKeys("MALFORMED_RECORD",
                "MISSING_TRANSACTION_ID", "MISSING_USER_UUID", "INVALID_USER_UUID",
                "INVALID_AMOUNT", "INVALID_TIMESTAMP", "MISSING_STATUS", "INVALID_EMAIL",
                "NON_POSITIVE_AMOUNT", "UNKNOWN_STATUS", "DUPLICATE_TRANSACTION_ID");
        assertThat(report.sources().get(Source.LEADS).rejectedByReason()).containsKeys(
                "MALFORMED_RECORD", "MISSING_EMAIL", "INVALID_EMAIL", "INVALID_USER_UUID",
                "INVALID_TIMESTAMP", "DUPLICATE_LEAD");
        assertThat(report.sources().get(Source.WEB_ACTIVITY).rejectedByReason()).containsKeys(
                "MALFORMED_RECORD", "MISSING_USER_UUID", "INVALID_USER_UUID",
                "INVALID_PAGE_VIEWS", "INVALID_TIMESTAMP", "INVALID_EMAIL");
        double dirty = (double) transactions.rejected() / transactions.read();
        assertThat(dirty).isBetween(0.03, 0.08);
        assertThat(report.identity().linked()).isGreaterThan(report.identity().customers() / 2);
    }

    @Test
    void rejectsNegativeCountsAndDirtyRatesOutsideZeroToOne() {
        assertThatThrownBy(() -> DataGenerator.builder().leads(-1))
                .hasMessage("leads must be 0 or more but was -1");
        assertThatThrownBy(() -> DataGenerator.builder().dirtyRate(1.5))
                .hasMessage("dirty rate must be 0..1 but was 1.5");
    }
}
