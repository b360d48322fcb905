package io.customer360.read;

import io.customer360.error.InputException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A source whose records come as named values rather than text: maps of field name to value,
 * or Java records whose component names are field names (for example rows a service read from
 * a database). Names match the source's fields as a header does (the field's column names and
 * aliases, any case). Values are rendered as text the standardisation rules read:
 * {@code BigDecimal} in plain notation, other numbers, UUIDs, booleans and enums as
 * {@code toString()}, {@code java.time} values in ISO-8601 (an {@code Instant} or
 * {@code OffsetDateTime} keeps its offset; a {@code LocalDateTime} or {@code LocalDate} is read
 * in the run's time zone). Every record then goes through standardisation, validation and the
 * duplicate checks like a line of a file; its rejects carry its 1-based record number and a
 * rendering of its values ({@code name=value, ...}) instead of a file line and text.
 */
public final class ValuesInput implements SourceInput {
    private final String location;
    private final Supplier<? extends Iterator<?>> records;

    private ValuesInput(String location, Supplier<? extends Iterator<?>> records) {
        this.location = Objects.requireNonNull(location, "location");
        this.records = Objects.requireNonNull(records, "records");
    }

    /**
     * A source of maps from field name to value; a missing or null value is a missing field.
     *
     * @param location a name for the source in reports and errors, e.g. {@code crm.leads}
     * @param records  the records, iterated once per run
     * @return the source
     */
    public static ValuesInput ofMaps(String location,
            Iterable<? extends Map<String, ?>> records) {
        Objects.requireNonNull(records, "records");
        return new ValuesInput(location, records::iterator);
    }

    /**
     * A source of Java records whose component names are field names, e.g.
     * {@code record Lead(String email, Instant creationDate)} (components match fields without
     * regard to case or underscores: {@code creationDate} matches {@code creation_date}).
     *
     * @param location a name for the source in reports and errors
     * @param records  the records, iterated once per run
     * @return the source
     */
    public static ValuesInput ofRecords(String location, Iterable<? extends Record> records) {
        Objects.requireNonNull(records, "records");
        return new ValuesInput(location, records::iterator);
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public RecordReader open(SourceSchema schema, ReadOptions options) {
        Iterator<?> iterator = records.get();
        return new RecordReader() {
            private long number;

            @Override
            public RawRecord read() {
                if (!iterator.hasNext()) {
                    return null;
                }
                number++;
                return record(schema, number, iterator.next());
            }

            @Override
            public void close() {
            }
        };
    }

    private RawRecord record(SourceSchema schema, long number, Object record) {
        Map<String, Object> named;
        try {
            named = named(record);
        } catch (IllegalArgumentException unreadable) {
            throw new InputException(schema.source(), null, location + " record " + number + ": "
                    + unreadable.getMessage(), unreadable);
        }
        String[] values = new String[schema.size()];
        ValueKind[] kinds = new ValueKind[schema.size()];
        Map<String, String> byKey = new LinkedHashMap<>();
        named.forEach((name, value) -> byKey.putIfAbsent(key(name), name));
        for (int f = 0; f < schema.size(); f++) {
            SourceField field = schema.fields().get(f);
            FieldDefinition definition = schema.definition(field);
            String name = byKey.get(key(definition.columnName()));
            for (int a = 0; name == null && a < definition.aliases().size(); a++) {
                name = byKey.get(key(definition.aliases().get(a)));
            }
            Object value = name == null ? null : named.get(name);
            values[f] = render(value);
            kinds[f] = value instanceof Number ? ValueKind.NUMBER
                    : value instanceof CharSequence || value == null ? ValueKind.TEXT
                    : ValueKind.OTHER;
        }
        return RawRecord.ofValues(schema, number, rendering(named), values, kinds);
    }

    private static Map<String, Object> named(Object record) {
        Map<String, Object> named = new LinkedHashMap<>();
        if (record instanceof Map<?, ?> map) {
            map.forEach((name, value) -> named.put(String.valueOf(name), value));
        } else if (record instanceof Record javaRecord) {
            for (RecordComponent component : javaRecord.getClass().getRecordComponents()) {
                Method accessor = component.getAccessor();
                try {
                    if (!accessor.canAccess(javaRecord)) {
                        accessor.trySetAccessible();
                    }
                    named.put(component.getName(), accessor.invoke(javaRecord));
                } catch (IllegalAccessException | InvocationTargetException failure) {
                    throw new IllegalArgumentException("cannot read component "
                            + component.getName() + " of " + javaRecord.getClass().getName()
                            + " (make the record public, or open its package to"
                            + " io.customer360.core)", failure);
                }
            }
        } else {
            throw new IllegalArgumentException("a record of a ValuesInput must be a Map or a"
                    + " Java record but was " + (record == null ? "null"
                    : record.getClass().getName()));
        }
        return named;
    }

    /** A name without case, spaces, underscores or hyphens: {@code creationDate} ~ {@code creation_date}. */
    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "")
                .replace(" ", "");
    }

    private static String render(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            return Double.isFinite(number) ? BigDecimal.valueOf(number).toPlainString()
                    : value.toString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value.toString();
    }

    private static String rendering(Map<String, Object> named) {
        StringBuilder text = new StringBuilder();
        named.forEach((name, value) -> text.append(text.length() == 0 ? "" : ", ").append(name)
                .append('=').append(value == null ? "" : render(value)));
        return text.toString();
    }

    @Override
    public String toString() {
        return "ValuesInput[" + location + "]";
    }
}
