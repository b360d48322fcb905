package io.customer360.io.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.customer360.read.FieldDefinition;
import io.customer360.read.RawRecord;
import io.customer360.read.ReadLimits;
import io.customer360.read.SourceField;
import io.customer360.read.SourceSchema;
import io.customer360.read.ValueKind;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Extracts a schema's fields from a JSON object with a streaming parser.
 *
 * <ul>
 *   <li>Field names match exactly (case-sensitive) a name of the field's
 *       {@linkplain SourceSchema#definition definition} in the schema (its canonical name and
 *       aliases, or the names configured for it); the preferred name wins over aliases, an earlier alias over a later one, wherever they are in
 *       the object. Other fields are skipped.</li>
 *   <li>{@code null} is treated exactly as an absent field. A string is {@link ValueKind#TEXT};
 *       a number is its source text as {@link ValueKind#NUMBER}; a boolean, object or array is
 *       its JSON source text as {@link ValueKind#OTHER}.</li>
 *   <li>A key that occurs more than once: the last non-null occurrence wins.</li>
 *   <li>Every value has unpaired surrogates (from {@code \\u} escapes) replaced by U+FFFD.</li>
 * </ul>
 */
final class JsonRecordParser {
    private final SourceSchema schema;
    private final ReadLimits limits;
    private final JsonFactory factory;
    /**
     * The names to match and, at the same index, their {ordinal, rank}; rank 0 is the
     * canonical name, 1.. the aliases in order.
     */
    private final String[] nameKeys;
    private final int[][] nameMatches;

    /**
     * A parser whose limits are the given ones: nesting up to {@code maxNestingDepth} (the record
     * object is level 1), and strings, numbers and names up to {@code maxRecordLength}
     * characters, so that no limit of Jackson's own below the record's stands in the way.
     */
    JsonRecordParser(SourceSchema schema, ReadLimits limits) {
        this.schema = schema;
        this.limits = limits;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(withNameLimit(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxRecordLength())
                        .maxNumberLength(limits.maxRecordLength()), limits.maxRecordLength())
                        .build())
                .build();
        Map<String, int[]> names = new HashMap<>();
        for (SourceField field : schema.fields()) {
            FieldDefinition definition = schema.definition(field);
            names.putIfAbsent(definition.columnName(), new int[] {field.ordinal(), 0});
            for (int a = 0; a < definition.aliases().size(); a++) {
                names.putIfAbsent(definition.aliases().get(a),
                        new int[] {field.ordinal(), a + 1});
            }
        }
        nameKeys = names.keySet().toArray(new String[0]);
        nameMatches = new int[nameKeys.length][];
        for (int i = 0; i < nameKeys.length; i++) {
            nameMatches[i] = names.get(nameKeys[i]);
        }
    }

    /**
     * Sets the field name limit, which Jackson has from 2.16 on (50,000 characters by default)
     * and 2.15 does not have at all: the method is looked up, so that this module runs on
     * Jackson 2.15, where names are unlimited as the record's own limit wants them.
     */
    private static StreamReadConstraints.Builder withNameLimit(StreamReadConstraints.Builder builder,
            int maxNameLength) {
        Method maxName;
        try {
            maxName = StreamReadConstraints.Builder.class.getMethod("maxNameLength", int.class);
        } catch (NoSuchMethodException jackson215) {
            return builder;
        }
        try {
            return (StreamReadConstraints.Builder) maxName.invoke(builder, maxNameLength);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot set Jackson's field name limit", e);
        }
    }

    /**
     * Parses one record's text (a JSON Lines line or a JSON array element, already decoded, not
     * blank) into a record; text that is not one JSON object within the limits is malformed.
     */
    RawRecord parseLine(long line, String text) {
        Values flat = new Values(schema.size());
        if (FlatJsonLine.read(text, (source, nameStart, nameLength, valueStart, valueEnd,
                kind) -> {
            int[] match = match(source, nameStart, nameLength);
            if (match != null) {
                flat.offer(match, source.substring(valueStart, valueEnd), kind);
            }
        })) {
            return flat.toRecord(line, text);
        }
        return parseLineFully(line, text);
    }

    /** The {ordinal, rank} of the field whose name is {@code text[start, start + length)}. */
    private int[] match(String text, int start, int length) {
        for (int i = 0; i < nameKeys.length; i++) {
            String key = nameKeys[i];
            if (key.length() == length && text.regionMatches(start, key, 0, length)) {
                return nameMatches[i];
            }
        }
        return null;
    }

    /** Parses one record with the full JSON parser, which also describes what is wrong. */
    RawRecord parseLineFully(long line, String text) {
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new MalformedRecordException("not a JSON object but " + describe(first));
            }
            Values values = readObject(parser, text);
            JsonToken after = parser.nextToken();
            if (after != null) {
                throw new MalformedRecordException("trailing content after the JSON object");
            }
            return values.toRecord(line, text);
        } catch (MalformedRecordException e) {
            return RawRecord.malformed(schema, line, text, e.defect());
        } catch (IOException e) {
            return RawRecord.malformed(schema, line, text, defect(e));
        }
    }

    /**
     * A defect naming a Jackson failure; never includes source text beyond Jackson's own. A read
     * limit exceeded is named with the {@link ReadLimits} setting that raises it.
     */
    private String defect(IOException e) {
        if (e instanceof StreamConstraintsException) {
            return limitDefect((StreamConstraintsException) e);
        }
        if (e instanceof JsonProcessingException) {
            return "not valid JSON: " + ((JsonProcessingException) e).getOriginalMessage();
        }
        return "not valid JSON: " + e.getMessage();
    }

    /**
     * Which limit a {@link StreamConstraintsException} is about, told apart by the
     * {@code StreamReadConstraints} getter that Jackson 2.16 and later name in the message, or
     * by the words that start Jackson 2.15's messages ("Depth (..) exceeds the maximum allowed
     * nesting depth", "String length", "Number length").
     */
    private String limitDefect(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        String lower = message.toLowerCase(Locale.ROOT);
        if (message.contains("getMaxNestingDepth") || lower.contains("nesting depth")) {
            return "nested deeper than " + limits.maxNestingDepth()
                    + " levels (ReadLimits.maxNestingDepth)";
        }
        String what = message.contains("getMaxStringLength") || lower.startsWith("string length")
                ? "a string"
                : message.contains("getMaxNumberLength") || lower.startsWith("number length")
                ? "a number"
                : message.contains("getMaxNameLength") ? "a field name" : null;
        if (what != null) {
            return "holds " + what + " longer than " + limits.maxRecordLength()
                    + " characters (ReadLimits.maxRecordLength)";
        }
        return "exceeds a read limit: " + message;
    }

    static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        switch (token) {
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            default:
                return token.asString() == null ? token.name() : token.asString();
        }
    }

    /**
     * Reads the object whose START_OBJECT is the current token, up to and including its
     * END_OBJECT; {@code text} is the whole text being parsed.
     */
    private Values readObject(JsonParser parser, String text) throws IOException {
        Values values = new Values(schema.size());
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT;
                token = parser.nextToken()) {
            String name = parser.currentName();
            int[] match = match(name, 0, name.length());
            JsonToken value = parser.nextToken();
            if (match == null) {
                parser.skipChildren();
                continue;
            }
            switch (value) {
                case VALUE_NULL:
                    break;
                case VALUE_STRING:
                    values.offer(match, parser.getText(), ValueKind.TEXT);
                    break;
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    values.offer(match, parser.getText(), ValueKind.NUMBER);
                    break;
                case START_OBJECT:
                case START_ARRAY:
                    long start = parser.currentTokenLocation().getCharOffset();
                    parser.skipChildren();
                    long end = parser.currentLocation().getCharOffset();
                    values.offer(match, text.substring((int) start, (int) end), ValueKind.OTHER);
                    break;
                default:
                    values.offer(match, parser.getText(), ValueKind.OTHER);
                    break;
            }
        }
        return values;
    }

    /** The values found so far in one object. */
    private final class Values {
        private final String[] values;
        private final ValueKind[] kinds;
        private final int[] ranks;

        private Values(int size) {
            values = new String[size];
            kinds = new ValueKind[size];
            ranks = new int[size];
            java.util.Arrays.fill(kinds, ValueKind.TEXT);
        }

        private void offer(int[] match, String value, ValueKind kind) {
            int field = match[0];
            if (values[field] != null && ranks[field] < match[1]) {
                return;
            }
            values[field] = Surrogates.replaceUnpaired(value);
            kinds[field] = kind;
            ranks[field] = match[1];
        }

        RawRecord toRecord(long line, String text) {
            return RawRecord.of(schema, line, text, values, kinds);
        }
    }
}
