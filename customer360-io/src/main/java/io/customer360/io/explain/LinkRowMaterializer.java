package io.customer360.io.explain;

import java.util.Arrays;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.io.api.RecordMaterializer;

/**
 * Turns each record of a flat Parquet schema of strings and 64-bit integers into one value per
 * field, in field order: a {@link String} (UTF-8) or a {@link Long}, or null where the record
 * has no value. The array returned is the materializer's own and is overwritten by the next
 * record.
 */
final class LinkRowMaterializer extends RecordMaterializer<Object[]> {
    private final Object[] values;
    private final Record record;

    LinkRowMaterializer(int fields) {
        this.values = new Object[fields];
        this.record = new Record();
    }

    @Override
    public Object[] getCurrentRecord() {
        return values;
    }

    @Override
    public GroupConverter getRootConverter() {
        return record;
    }

    private final class Record extends GroupConverter {
        private final Field[] fields;

        Record() {
            fields = new Field[values.length];
            for (int i = 0; i < fields.length; i++) {
                fields[i] = new Field(i);
            }
        }

        @Override
        public Converter getConverter(int fieldIndex) {
            return fields[fieldIndex];
        }

        @Override
        public void start() {
            Arrays.fill(values, null);
        }

        @Override
        public void end() {
            // the values are complete
        }
    }

    private final class Field extends PrimitiveConverter {
        private final int index;

        Field(int index) {
            this.index = index;
        }

        @Override
        public void addBinary(Binary value) {
            values[index] = value.toStringUsingUTF8();
        }

        @Override
        public void addLong(long value) {
            values[index] = value;
        }
    }
}
