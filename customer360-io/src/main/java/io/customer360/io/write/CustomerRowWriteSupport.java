package io.customer360.io.write;

import io.customer360.output.ColumnType;
import io.customer360.output.CustomerRow;
import io.customer360.output.OutputColumn;
import io.customer360.output.OutputSchema;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

/**
 * Writes customer rows of one {@link OutputSchema} as records of the message type that
 * {@link ParquetSchemas} maps it to. A row is first {@linkplain #convert converted} to Parquet
 * values, which checks them, so a value that does not fit fails the row without leaving half a
 * record behind; the converted values are what Parquet writes.
 */
final class CustomerRowWriteSupport extends WriteSupport<Object[]> {
    /** The writer model name recorded in the file footer. */
    static final String MODEL_NAME = "customer360";

    private final OutputSchema schema;
    private final MessageType messageType;
    private RecordConsumer consumer;

    CustomerRowWriteSupport(OutputSchema schema) {
        this.schema = schema;
        this.messageType = ParquetSchemas.messageType(schema);
    }

    // Abstract in WriteSupport, hence implemented; parquet calls the ParquetConfiguration variant,
    // so Hadoop's Configuration is needed to compile this class but never loaded at run time.
    @Override
    @SuppressWarnings("deprecation")
    public WriteContext init(Configuration configuration) {
        return context();
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
        return context();
    }

    private WriteContext context() {
        return new WriteContext(messageType, Map.of());
    }

    @Override
    public String getName() {
        return MODEL_NAME;
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        this.consumer = recordConsumer;
    }

    @Override
    public void write(Object[] values) {
        consumer.startMessage();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                writeField(schema.columns().get(i), i, values[i]);
            }
        }
        consumer.endMessage();
    }

    /**
     * The Parquet values of a row of {@code schema}, in column order, null for a null value.
     *
     * @param rowNumber the 1-based row number, for error messages
     * @throws IllegalArgumentException when the row is of another schema or a value does not
     *                                  fit its column
     */
    static Object[] convert(OutputSchema schema, CustomerRow row, long rowNumber) {
        if (!row.schema().equals(schema)) {
            throw new IllegalArgumentException(
                    "row of " + row.schema() + " does not match the file's " + schema);
        }
        Object[] values = new Object[schema.size()];
        for (int i = 0; i < values.length; i++) {
            OutputColumn column = schema.columns().get(i);
            Object value = row.get(i);
            if (value == null) {
                continue;
            }
            switch (column.type()) {
                case STRING:
                    values[i] = binary((String) value);
                    break;
                case STRING_LIST:
                    List<?> elements = (List<?>) value;
                    Binary[] binaries = new Binary[elements.size()];
                    for (int e = 0; e < binaries.length; e++) {
                        binaries[e] = binary((String) elements.get(e));
                    }
                    values[i] = binaries;
                    break;
                case DECIMAL_18_2:
                    values[i] = ParquetValues.decimal(column, (Long) value, rowNumber);
                    break;
                case TIMESTAMP_MILLIS:
                    values[i] = ParquetValues.epochMillis(column, (Instant) value, rowNumber);
                    break;
                case INT64:
                case DOUBLE:
                case BOOLEAN:
                    values[i] = value;
                    break;
                default:
                    throw new IllegalArgumentException(
                            "no Parquet value for column '" + column.name() + "' of type " + column.type());
            }
        }
        return values;
    }

    /** A string's UTF-8 bytes as an array-backed binary, which Parquet compares fastest. */
    private static Binary binary(String text) {
        return Binary.fromConstantByteArray(
                OutputFiles.wellFormed(text).getBytes(StandardCharsets.UTF_8));
    }

    private void writeField(OutputColumn column, int index, Object value) {
        consumer.startField(column.name(), index);
        if (column.type() == ColumnType.STRING_LIST) {
            writeList((Binary[]) value);
        } else if (value instanceof Binary) {
            consumer.addBinary((Binary) value);
        } else if (value instanceof Long) {
            consumer.addLong((Long) value);
        } else if (value instanceof Double) {
            consumer.addDouble((Double) value);
        } else {
            consumer.addBoolean((Boolean) value);
        }
        consumer.endField(column.name(), index);
    }

    private void writeList(Binary[] elements) {
        consumer.startGroup();
        if (elements.length > 0) {
            consumer.startField(ParquetSchemas.LIST_GROUP, 0);
            for (Binary element : elements) {
                consumer.startGroup();
                consumer.startField(ParquetSchemas.LIST_ELEMENT, 0);
                consumer.addBinary(element);
                consumer.endField(ParquetSchemas.LIST_ELEMENT, 0);
                consumer.endGroup();
            }
            consumer.endField(ParquetSchemas.LIST_GROUP, 0);
        }
        consumer.endGroup();
    }
}
