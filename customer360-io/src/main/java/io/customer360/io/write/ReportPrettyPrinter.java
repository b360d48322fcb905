package io.customer360.io.write;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;

/**
 * The layout of {@code run_report.json}: every object entry and array value on a line of its
 * own, indented by two spaces per level, {@code "key": value} with one space after the colon
 * only, and empty objects and arrays as {@code {}} and {@code []}. Jackson's
 * {@code DefaultPrettyPrinter} can be configured so only from Jackson 2.16 on
 * ({@code Separators.Spacing}); this printer implements the {@link PrettyPrinter} interface,
 * which is the same on every supported Jackson. It keeps the nesting depth, so it serves one
 * generator and one root value.
 */
final class ReportPrettyPrinter implements PrettyPrinter {
    private static final String INDENT = "  ";

    private int depth;

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(' ');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        g.writeRaw('{');
        depth++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        newLine(g);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        newLine(g);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        depth--;
        if (entries > 0) {
            newLine(g);
        }
        g.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        g.writeRaw('[');
        depth++;
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        newLine(g);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        newLine(g);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        depth--;
        if (values > 0) {
            newLine(g);
        }
        g.writeRaw(']');
    }

    private void newLine(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
        for (int i = 0; i < depth; i++) {
            g.writeRaw(INDENT);
        }
    }
}
