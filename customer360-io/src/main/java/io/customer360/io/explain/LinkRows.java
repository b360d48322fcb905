package io.customer360.io.explain;

import io.customer360.error.Customer360Exception;
import io.customer360.error.InputException;
import io.customer360.explain.CustomerLink;
import io.customer360.output.ColumnType;
import io.customer360.output.CustomerLinks;
import io.customer360.output.OutputColumn;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;

/**
 * The rows of a {@code customer_links.parquet} file in file order, one row group in memory at
 * a time, reading only the columns of {@link CustomerLinks#SCHEMA} (through {@link ParquetFile},
 * without Hadoop). Every failure is an {@link InputException} naming the file, and the row
 * where one is at fault.
 */
final class LinkRows implements Closeable {
    private static final int CUSTOMER_ID = index(CustomerLinks.CUSTOMER_ID);
    private static final int IDENTIFIER = index(CustomerLinks.IDENTIFIER);
    private static final int IDENTIFIER_TYPE = index(CustomerLinks.IDENTIFIER_TYPE);
    private static final int EVIDENCE = index(CustomerLinks.EVIDENCE);
    private static final int LINKED_TO = index(CustomerLinks.LINKED_TO);
    private static final int SOURCE = index(CustomerLinks.SOURCE);
    private static final int FILE = index(CustomerLinks.FILE);
    private static final int LINE = index(CustomerLinks.LINE);
    private static final int GUARD = index(CustomerLinks.GUARD);

    private final Path file;
    private final ParquetFile parquet;
    private final MessageType wanted;
    private final MessageColumnIO columns;
    private final LinkRowMaterializer materializer =
            new LinkRowMaterializer(CustomerLinks.SCHEMA.size());
    private RecordReader<Object[]> group;
    private int nextGroup;
    private long leftInGroup;
    private long row;

    private LinkRows(Path file, ParquetFile parquet, MessageType wanted,
            MessageColumnIO columns) {
        this.file = file;
        this.parquet = parquet;
        this.wanted = wanted;
        this.columns = columns;
    }

    /** A column's position in the values read, which are in {@link CustomerLinks#SCHEMA} order. */
    private static int index(String column) {
        return CustomerLinks.SCHEMA.indexOf(column);
    }

    /** Opens {@code file} and checks that it has the columns of the explanations. */
    static LinkRows open(Path file) {
        ParquetFile parquet;
        try {
            parquet = ParquetFile.open(file);
        } catch (ParquetFile.NotParquetException notParquet) {
            throw new InputException(file, "is not a Parquet file this reader reads: "
                    + notParquet.getMessage(), notParquet);
        } catch (IOException failure) {
            throw InputException.of(file, "cannot be read", failure);
        } catch (RuntimeException damaged) {
            throw new InputException(file, "has a damaged Parquet footer: "
                    + Customer360Exception.reasonOf(damaged), damaged);
        }
        try {
            MessageType fileSchema = parquet.schema();
            MessageType wanted = wantedColumns(file, fileSchema);
            return new LinkRows(file, parquet, wanted,
                    new ColumnIOFactory().getColumnIO(wanted, fileSchema, true));
        } catch (RuntimeException failure) {
            try {
                parquet.close();
            } catch (IOException closing) {
                failure.addSuppressed(closing);
            }
            throw failure;
        }
    }

    /** The explanations' columns, in schema order, as the file types them. */
    private static MessageType wantedColumns(Path file, MessageType fileSchema) {
        List<Type> fields = new ArrayList<>();
        for (OutputColumn column : CustomerLinks.SCHEMA.columns()) {
            if (!fileSchema.containsField(column.name())) {
                throw new InputException(file, "is not a customer_links file: it lacks the"
                        + " column '" + column.name() + "'", null);
            }
            Type field = fileSchema.getType(column.name());
            PrimitiveTypeName expected = column.type() == ColumnType.INT64
                    ? PrimitiveTypeName.INT64 : PrimitiveTypeName.BINARY;
            if (!field.isPrimitive() || field.isRepetition(Type.Repetition.REPEATED)
                    || field.asPrimitiveType().getPrimitiveTypeName() != expected) {
                throw new InputException(file, "is not a customer_links file: its column '"
                        + column.name() + "' is not a single " + (expected
                        == PrimitiveTypeName.INT64 ? "int64" : "string"), null);
            }
            fields.add(field);
        }
        return new MessageType(fileSchema.getName(), fields);
    }

    /**
     * The next row.
     *
     * @return the row, or null after the last
     */
    CustomerLink next() {
        try {
            while (leftInGroup == 0) {
                if (nextGroup == parquet.rowGroups()) {
                    return null;
                }
                PageReadStore pages = parquet.rowGroup(nextGroup++, wanted);
                leftInGroup = pages.getRowCount();
                group = columns.getRecordReader(pages, materializer);
            }
            Object[] values = group.read();
            leftInGroup--;
            row++;
            return link(values);
        } catch (ParquetFile.NotParquetException notParquet) {
            throw new InputException(file, "is not a Parquet file this reader reads: "
                    + notParquet.getMessage(), notParquet);
        } catch (IOException failure) {
            throw InputException.of(file, "cannot be read at row " + (row + 1), failure);
        } catch (Customer360Exception failure) {
            throw failure;
        } catch (UncheckedIOException pages) {
            if (pages.getCause() instanceof ParquetFile.NotParquetException) {
                throw new InputException(file, "is not a Parquet file this reader reads: "
                        + pages.getCause().getMessage(), pages);
            }
            throw InputException.of(file, "cannot be read at row " + (row + 1),
                    pages.getCause());
        } catch (RuntimeException damaged) {
            throw new InputException(file, "is damaged at row " + (row + 1) + ": "
                    + Customer360Exception.reasonOf(damaged), damaged);
        }
    }

    /** The number of rows {@link #next()} has returned. */
    long row() {
        return row;
    }

    private CustomerLink link(Object[] values) {
        return new CustomerLink(required(values, CUSTOMER_ID), required(values, IDENTIFIER),
                required(values, IDENTIFIER_TYPE), (String) values[EVIDENCE],
                (String) values[LINKED_TO], (String) values[SOURCE], (String) values[FILE],
                (Long) values[LINE], (String) values[GUARD]);
    }

    private String required(Object[] values, int index) {
        Object value = values[index];
        if (value == null) {
            throw new InputException(file, "row " + row + " has no "
                    + CustomerLinks.SCHEMA.columns().get(index).name(), null);
        }
        return (String) value;
    }

    @Override
    public void close() throws IOException {
        parquet.close();
    }
}
