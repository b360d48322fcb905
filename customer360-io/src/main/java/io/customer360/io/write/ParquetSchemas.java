package io.customer360.io.write;

import io.customer360.output.OutputColumn;
import io.customer360.output.OutputSchema;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Type.Repetition;
import org.apache.parquet.schema.Types;

/**
 * The Parquet schema of an {@link OutputSchema}: one top-level field per column, in column
 * order, REQUIRED or OPTIONAL as the column says.
 *
 * <table>
 * <caption>Column types</caption>
 * <tr><th>column type</th><th>Parquet</th></tr>
 * <tr><td>STRING</td><td>{@code binary (STRING)}</td></tr>
 * <tr><td>STRING_LIST</td><td>{@code group (LIST) { repeated group list { required binary
 * element (STRING); } }}, the standard three-level list with required elements</td></tr>
 * <tr><td>INT64</td><td>{@code int64}</td></tr>
 * <tr><td>DECIMAL_18_2</td><td>{@code int64 (DECIMAL(18,2))}</td></tr>
 * <tr><td>DOUBLE</td><td>{@code double}</td></tr>
 * <tr><td>TIMESTAMP_MILLIS</td><td>{@code int64 (TIMESTAMP(MILLIS,true))}, adjusted to UTC</td></tr>
 * <tr><td>BOOLEAN</td><td>{@code boolean}</td></tr>
 * </table>
 */
final class ParquetSchemas {
    /** The name of the message type, as readers show it. */
    static final String MESSAGE_NAME = "customer_360";
    /** The name of the repeated group of a list column. */
    static final String LIST_GROUP = "list";
    /** The name of the element field of a list column. */
    static final String LIST_ELEMENT = "element";

    private ParquetSchemas() {
    }

    /** The Parquet message type of {@code schema}. */
    static MessageType messageType(OutputSchema schema) {
        Types.MessageTypeBuilder message = Types.buildMessage();
        for (OutputColumn column : schema.columns()) {
            message.addField(field(column));
        }
        return message.named(MESSAGE_NAME);
    }

    private static Type field(OutputColumn column) {
        Repetition repetition = column.required() ? Repetition.REQUIRED : Repetition.OPTIONAL;
        switch (column.type()) {
            case STRING:
                return Types.primitive(PrimitiveTypeName.BINARY, repetition)
                        .as(LogicalTypeAnnotation.stringType()).named(column.name());
            case STRING_LIST:
                return Types.buildGroup(repetition).as(LogicalTypeAnnotation.listType())
                        .repeatedGroup()
                        .required(PrimitiveTypeName.BINARY)
                        .as(LogicalTypeAnnotation.stringType()).named(LIST_ELEMENT)
                        .named(LIST_GROUP)
                        .named(column.name());
            case INT64:
                return Types.primitive(PrimitiveTypeName.INT64, repetition).named(column.name());
            case DECIMAL_18_2:
                return Types.primitive(PrimitiveTypeName.INT64, repetition)
                        .as(LogicalTypeAnnotation.decimalType(ParquetValues.DECIMAL_SCALE,
                                ParquetValues.DECIMAL_PRECISION))
                        .named(column.name());
            case DOUBLE:
                return Types.primitive(PrimitiveTypeName.DOUBLE, repetition).named(column.name());
            case TIMESTAMP_MILLIS:
                return Types.primitive(PrimitiveTypeName.INT64, repetition)
                        .as(LogicalTypeAnnotation.timestampType(true, TimeUnit.MILLIS))
                        .named(column.name());
            case BOOLEAN:
                return Types.primitive(PrimitiveTypeName.BOOLEAN, repetition).named(column.name());
            default:
                throw new IllegalArgumentException(
                        "no Parquet type for column '" + column.name() + "' of type " + column.type());
        }
    }
}
