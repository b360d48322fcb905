package io.customer360.spark.run;

import io.customer360.output.ColumnType;
import io.customer360.output.CustomerRow;
import io.customer360.output.OutputColumn;
import io.customer360.output.OutputSchema;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The customer table's columns as Spark types, and its rows as Spark rows, so that Spark's
 * Parquet writer gives the table's Parquet schema: required columns not nullable, list elements
 * required, DECIMAL(18,2) for amounts and timestamps in milliseconds (with
 * {@code spark.sql.parquet.outputTimestampType=TIMESTAMP_MILLIS}).
 */
final class TableRows {
    private TableRows() {
    }

    /** The Spark schema of the table's columns, in order. */
    static StructType structType(OutputSchema schema) {
        List<StructField> fields = new ArrayList<>();
        for (OutputColumn column : schema.columns()) {
            fields.add(DataTypes.createStructField(column.name(), dataType(column.type()),
                    !column.required()));
        }
        return DataTypes.createStructType(fields);
    }

    private static DataType dataType(ColumnType type) {
        switch (type) {
            case STRING:
                return DataTypes.StringType;
            case STRING_LIST:
                return DataTypes.createArrayType(DataTypes.StringType, false);
            case INT64:
                return DataTypes.LongType;
            case DECIMAL_18_2:
                return DataTypes.createDecimalType(18, 2);
            case DOUBLE:
                return DataTypes.DoubleType;
            case TIMESTAMP_MILLIS:
                return DataTypes.TimestampType;
            case BOOLEAN:
                return DataTypes.BooleanType;
            default:
                throw new IllegalArgumentException("no Spark type for " + type);
        }
    }

    /** A customer row as a Spark row of {@link #structType}. */
    static Row row(CustomerRow row) {
        List<OutputColumn> columns = row.schema().columns();
        Object[] values = new Object[columns.size()];
        for (int c = 0; c < values.length; c++) {
            Object value = row.get(c);
            if (value != null) {
                switch (columns.get(c).type()) {
                    case DECIMAL_18_2:
                        value = BigDecimal.valueOf((Long) value, 2);
                        break;
                    case TIMESTAMP_MILLIS:
                        value = Timestamp.from((Instant) value);
                        break;
                    case STRING_LIST:
                        value = ((List<?>) value).toArray(new String[0]);
                        break;
                    default:
                        break;
                }
            }
            values[c] = value;
        }
        return RowFactory.create(values);
    }
}
