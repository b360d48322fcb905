package io.customer360.engine;

import io.customer360.output.CustomerRow;
import io.customer360.output.RecordWriter;
import io.customer360.output.RejectFormat;
import io.customer360.output.Rejection;
import io.customer360.output.TableFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** Output formats for engine tests: keep what was written and write one line per record. */
final class CapturingFormats {
    final List<CustomerRow> rows = new ArrayList<>();
    final List<Rejection> rejects = new ArrayList<>();
    final List<Rejection> rejectedTransactions = new ArrayList<>();

    TableFormat table() {
        return (file, schema) -> writer(file, rows);
    }

    RejectFormat rejects() {
        return file -> writer(file, rejects);
    }

    RejectFormat rejectedTransactions() {
        return file -> writer(file, rejectedTransactions);
    }

    private static <T> RecordWriter<T> writer(java.nio.file.Path file, List<T> sink)
            throws IOException {
        Files.writeString(file, "", StandardOpenOption.CREATE_NEW);
        sink.clear();
        return new RecordWriter<>() {
            @Override
            public void write(T record) throws IOException {
                sink.add(record);
                Files.writeString(file, record + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.APPEND);
            }

            @Override
            public void close() {
            }
        };
    }
}
