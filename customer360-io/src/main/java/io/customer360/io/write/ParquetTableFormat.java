package io.customer360.io.write;

import io.customer360.error.ConfigurationException;
import io.customer360.output.CustomerRow;
import io.customer360.output.OutputSchema;
import io.customer360.output.RecordWriter;
import io.customer360.output.TableFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Writes the customer table as one Parquet file ({@code customer_360.parquet}), SNAPPY
 * compressed unless configured otherwise.
 *
 * <p>The file's schema is a message named {@code customer_360} with one field per output
 * column: STRING as UTF-8 strings, STRING_LIST as standard three-level lists of required
 * strings, INT64 as int64, DECIMAL_18_2 as int64 DECIMAL(18,2), TIMESTAMP_MILLIS as int64
 * TIMESTAMP(MILLIS) adjusted to UTC and BOOLEAN as boolean; required columns are REQUIRED,
 * the others OPTIONAL.
 *
 * <p>The same rows give a byte-identical file: nothing of the run's time, host or chance is
 * written. The file is written through a plain local path and needs neither a Hadoop
 * installation, {@code HADOOP_HOME} nor Hadoop's jars: pages are compressed by snappy-java,
 * zstd-jni, aircompressor or the JDK rather than through Hadoop's codec classes.
 *
 * <p>A value that does not fit its column, such as an amount of more than 18 digits, fails
 * {@link RecordWriter#write} with an {@link IllegalArgumentException} that names the column;
 * the row is not written. Instances are immutable and may open any number of files.
 */
public final class ParquetTableFormat implements TableFormat {
    private static final Set<CompressionCodecName> SUPPORTED = Collections.unmodifiableSet(
            EnumSet.of(CompressionCodecName.UNCOMPRESSED, CompressionCodecName.SNAPPY,
                    CompressionCodecName.GZIP, CompressionCodecName.ZSTD, CompressionCodecName.LZ4_RAW));
    private static final ParquetTableFormat SNAPPY = new ParquetTableFormat(CompressionCodecName.SNAPPY);

    private final CompressionCodecName compression;

    private ParquetTableFormat(CompressionCodecName compression) {
        this.compression = compression;
    }

    /**
     * The default format: SNAPPY compression.
     *
     * @return the SNAPPY format
     */
    public static ParquetTableFormat snappy() {
        return SNAPPY;
    }

    /**
     * A format with another compression codec: one of {@code UNCOMPRESSED}, {@code SNAPPY},
     * {@code GZIP}, {@code ZSTD} and {@code LZ4_RAW}, the codecs that work with this module's
     * dependencies alone.
     *
     * @param compression the codec
     * @return the format
     * @throws ConfigurationException for any other codec
     */
    public static ParquetTableFormat withCompression(CompressionCodecName compression) {
        Objects.requireNonNull(compression, "compression");
        if (!SUPPORTED.contains(compression)) {
            throw new ConfigurationException(
                    "compression must be one of " + SUPPORTED + " but was " + compression, null);
        }
        return new ParquetTableFormat(compression);
    }

    /**
     * The compression codec of the column chunks.
     *
     * @return the codec
     */
    public CompressionCodecName compression() {
        return compression;
    }

    /**
     * {@inheritDoc}
     *
     * @throws java.nio.file.FileAlreadyExistsException when {@code file} exists
     */
    @Override
    public RecordWriter<CustomerRow> open(Path file, OutputSchema schema) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(schema, "schema");
        return ParquetRowWriter.create(file, schema, compression);
    }

    @Override
    public String toString() {
        return "ParquetTableFormat[" + compression + "]";
    }
}
