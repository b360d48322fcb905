package io.customer360.io.read;

import io.customer360.error.ConfigurationException;
import io.customer360.read.RawRecord;
import io.customer360.read.RecordReader;
import io.customer360.read.SourceField;
import io.customer360.read.SourceSchema;
import io.customer360.read.ValueKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Raw values that mean "missing" ({@code NULL}, {@code \N}, ...): a text value equal to a token
 * after {@link String#strip()} becomes null, exactly like an absent column or JSON field.
 * Applied by wrapping a reader, so that inputs without tokens read exactly as before.
 */
final class NullTokens implements RecordReader {
    private final Set<String> tokens;
    private final RecordReader reader;

    private NullTokens(Set<String> tokens, RecordReader reader) {
        this.tokens = tokens;
        this.reader = reader;
    }

    /**
     * The tokens, stripped, in the order given.
     *
     * @throws ConfigurationException when a token is null or blank
     */
    static List<String> checked(Path input, String... tokens) {
        List<String> stripped = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i] == null || tokens[i].isBlank()) {
                throw new ConfigurationException(input, "null token " + (i + 1) + " must not be "
                        + (tokens[i] == null ? "null" : "blank"), null);
            }
            stripped.add(tokens[i].strip());
        }
        return List.copyOf(stripped);
    }

    /** The reader with the tokens applied to its records; the reader itself when none. */
    static RecordReader applied(List<String> tokens, RecordReader reader) {
        return tokens.isEmpty() ? reader : new NullTokens(new HashSet<>(tokens), reader);
    }

    @Override
    public RawRecord read() throws IOException {
        RawRecord raw = reader.read();
        if (raw == null || raw.isMalformed()) {
            return raw;
        }
        SourceSchema schema = raw.schema();
        String[] values = null;
        for (SourceField field : schema.fields()) {
            String value = raw.value(field);
            if (value != null && raw.kind(field) == ValueKind.TEXT
                    && tokens.contains(value.strip())) {
                if (values == null) {
                    values = valuesOf(raw);
                }
                values[field.ordinal()] = null;
            }
        }
        if (values == null) {
            return raw;
        }
        ValueKind[] kinds = new ValueKind[values.length];
        for (SourceField field : schema.fields()) {
            kinds[field.ordinal()] = raw.kind(field);
        }
        RawRecord nulled = RawRecord.of(schema, raw.line(), raw.text(), values, kinds);
        return raw.file() == null ? nulled : nulled.inFile(raw.file());
    }

    private static String[] valuesOf(RawRecord raw) {
        String[] values = new String[raw.schema().size()];
        for (SourceField field : raw.schema().fields()) {
            values[field.ordinal()] = raw.value(field);
        }
        return values;
    }

    @Override
    public long bytesRead() {
        return reader.bytesRead();
    }

    @Override
    public long totalBytes() {
        return reader.totalBytes();
    }

    @Override
    public List<String> files() {
        return reader.files();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
