package io.customer360.io.write;

import io.customer360.output.CustomerRow;
import io.customer360.output.OutputSchema;
import io.customer360.output.RecordWriter;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;

/** A {@link RecordWriter} of customer rows into one new local Parquet file. */
final class ParquetRowWriter implements RecordWriter<CustomerRow> {
    private final ParquetWriter<CustomerRow> writer;

    private ParquetRowWriter(ParquetWriter<CustomerRow> writer) {
        this.writer = writer;
    }

    /**
     * Creates {@code file}, which must not exist, and opens a writer with the library's
     * defaults apart from the compression codec.
     *
     * @throws java.nio.file.FileAlreadyExistsException when the file exists
     */
    static ParquetRowWriter create(Path file, OutputSchema schema, CompressionCodecName codec)
            throws IOException {
        // LocalOutputFile opens with CREATE_NEW in Mode.CREATE and needs no Hadoop file system.
        ParquetWriter<CustomerRow> writer = new Builder(new LocalOutputFile(file), schema)
                .withConf(new PlainParquetConfiguration())
                .withWriteMode(ParquetFileWriter.Mode.CREATE)
                .withCompressionCodec(codec)
                // Most columns are ids, names and counts of high cardinality, where dictionary
                // pages only cost time before Parquet falls back to plain encoding.
                .withDictionaryEncoding(false)
                .withDictionaryEncoding("lead_source", true)
                .build();
        return new ParquetRowWriter(writer);
    }

    @Override
    public void write(CustomerRow row) throws IOException {
        writer.write(row);
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }

    private static final class Builder extends ParquetWriter.Builder<CustomerRow, Builder> {
        private final OutputSchema schema;

        Builder(OutputFile file, OutputSchema schema) {
            super(file);
            this.schema = schema;
        }

        @Override
        protected Builder self() {
            return this;
        }

        // Abstract in ParquetWriter.Builder, hence implemented; build() calls the variant below.
        @Override
        @SuppressWarnings("deprecation")
        protected WriteSupport<CustomerRow> getWriteSupport(Configuration configuration) {
            return new CustomerRowWriteSupport(schema);
        }

        @Override
        protected WriteSupport<CustomerRow> getWriteSupport(ParquetConfiguration configuration) {
            return new CustomerRowWriteSupport(schema);
        }
    }
}
