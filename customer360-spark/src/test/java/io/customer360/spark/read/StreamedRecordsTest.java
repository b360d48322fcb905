package io.customer360.spark.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customer360.read.RawRecord;
import io.customer360.read.SourceSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A task's records are read as they are asked for, and their source closed once. */
class StreamedRecordsTest {
    private static RecordRow row(long line) {
        return RecordRow.of(RawRecord.of(SourceSchema.LEADS, line, "x",
                new String[SourceSchema.LEADS.size()], null));
    }

    @Test
    void readsOneRecordPerRequestAndClosesTheSourceAfterTheLast() {
        AtomicInteger reads = new AtomicInteger();
        AtomicInteger closes = new AtomicInteger();
        Iterator<RecordRow> records = StreamedRecords.of(
                () -> reads.incrementAndGet() <= 3 ? row(reads.get()) : null,
                closes::incrementAndGet);

        assertThat(records.next().line()).isEqualTo(1);
        assertThat(reads).as("records read after the first was asked for").hasValue(1);
        assertThat(records.hasNext()).isTrue();
        assertThat(reads).hasValue(2);
        assertThat(closes).hasValue(0);
        records.next();
        records.next();
        assertThat(records.hasNext()).isFalse();
        assertThat(records.hasNext()).isFalse();
        assertThat(closes).hasValue(1);
    }

    @Test
    void aFailedReadClosesTheSourceAndSaysWhy() {
        AtomicInteger closes = new AtomicInteger();
        Iterator<RecordRow> records = StreamedRecords.of(() -> {
            throw new IOException("disk gone");
        }, closes::incrementAndGet);

        assertThatThrownBy(records::hasNext).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("disk gone");
        assertThat(closes).hasValue(1);
    }
}
