package io.customer360.io.read;

import io.customer360.read.RawRecord;
import io.customer360.read.ReadLimits;
import io.customer360.read.ReadOptions;
import io.customer360.read.RecordReader;
import io.customer360.read.SourceInput;
import io.customer360.read.SourceSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes input files with exact bytes and reads them back whole. */
final class Fixtures {

    private Fixtures() {
    }

    static Path write(Path dir, String name, String content) {
        return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Object... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String) {
                out.writeBytes(((String) part).getBytes(StandardCharsets.UTF_8));
            } else if (part instanceof int[]) {
                for (int b : (int[]) part) {
                    out.write(b);
                }
            } else {
                throw new IllegalArgumentException("unsupported part " + part);
            }
        }
        return out.toByteArray();
    }

    static List<RawRecord> readAll(SourceInput input, SourceSchema schema) throws IOException {
        return readAll(input, schema, ReadOptions.defaults());
    }

    static List<RawRecord> readAll(SourceInput input, SourceSchema schema, ReadOptions options)
            throws IOException {
        List<RawRecord> records = new ArrayList<>();
        try (RecordReader reader = input.open(schema, options)) {
            for (RawRecord r = reader.read(); r != null; r = reader.read()) {
                records.add(r);
            }
            // read() keeps returning null at the end
            if (reader.read() != null) {
                throw new AssertionError("read() returned a record after the end");
            }
        }
        return records;
    }

    static ReadOptions withMaxRecordLength(int length) {
        return new ReadOptions(StandardCharsets.UTF_8,
                ReadLimits.builder().maxRecordLength(length).build());
    }

    static List<Long> lines(List<RawRecord> records) {
        List<Long> lines = new ArrayList<>();
        records.forEach(r -> lines.add(r.line()));
        return lines;
    }
}
