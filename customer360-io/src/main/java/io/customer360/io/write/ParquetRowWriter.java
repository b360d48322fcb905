package io.customer360.io.write;

import io.customer360.output.CustomerRow;
import io.customer360.output.OutputSchema;
import io.customer360.output.RecordWriter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;

/**
 * A {@link RecordWriter} of customer rows into one new local Parquet file. Rows are converted
 * and checked on the calling thread, so a bad value fails its own {@link #write}; encoding and
 * compression run on a thread of the writer's own, a batch of rows behind, so that the two
 * overlap. A failure there is thrown by a later {@code write} or by {@link #close}.
 */
final class ParquetRowWriter implements RecordWriter<CustomerRow> {
    private static final int BATCH = 256;
    private static final Object[][] END = new Object[0][];

    private final ParquetWriter<Object[]> writer;
    private final OutputSchema schema;
    private final BlockingQueue<Object[][]> queue = new ArrayBlockingQueue<>(4);
    private final Thread encoder;
    private volatile Throwable failure;
    private Object[][] batch = new Object[BATCH][];
    private int filled;
    private long rows;
    private boolean closed;

    private ParquetRowWriter(ParquetWriter<Object[]> writer, OutputSchema schema) {
        this.writer = writer;
        this.schema = schema;
        this.encoder = new Thread(this::encode, "customer360-parquet");
        encoder.setDaemon(true);
        encoder.start();
    }

    /**
     * Creates {@code file}, which must not exist, and opens a writer with the library's
     * defaults apart from the compression codec.
     *
     * @throws java.nio.file.FileAlreadyExistsException when the file exists
     */
    static ParquetRowWriter create(Path file, OutputSchema schema, CompressionCodecName codec)
            throws IOException {
        // Nothing here needs Hadoop at run time: LocalOutputFile opens with CREATE_NEW in
        // Mode.CREATE and needs no Hadoop file system, PlainParquetConfiguration is not a Hadoop
        // Configuration, and ParquetCompressors replaces parquet-hadoop's CodecFactory, which
        // loads Hadoop's codec classes even for UNCOMPRESSED.
        ParquetWriter<Object[]> writer = new Builder(new LocalOutputFile(file), schema)
                .withConf(new PlainParquetConfiguration())
                .withWriteMode(ParquetFileWriter.Mode.CREATE)
                .withCodecFactory(ParquetCompressors.INSTANCE)
                .withCompressionCodec(codec)
                // Most columns are ids, names and counts of high cardinality, where dictionary
                // pages only cost time before Parquet falls back to plain encoding.
                .withDictionaryEncoding(false)
                .withDictionaryEncoding("lead_source", true)
                .build();
        return new ParquetRowWriter(writer, schema);
    }

    @Override
    public void write(CustomerRow row) throws IOException {
        if (closed) {
            throw new IllegalStateException("the writer is closed");
        }
        rethrowFailure();
        Object[] values = CustomerRowWriteSupport.convert(schema, row, rows + 1);
        batch[filled++] = values;
        rows++;
        if (filled == BATCH) {
            hand(batch);
            batch = new Object[BATCH][];
            filled = 0;
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (filled > 0) {
                hand(Arrays.copyOf(batch, filled));
            }
            hand(END);
            encoder.join();
        } catch (InterruptedException interrupted) {
            encoder.interrupt();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while finishing the Parquet file");
        } finally {
            writer.close();
        }
        rethrowFailure();
    }

    /** Passes a batch to the encoder; gives up when the encoder has failed and stopped. */
    private void hand(Object[][] rowsToEncode) throws IOException {
        try {
            while (!queue.offer(rowsToEncode, 100, TimeUnit.MILLISECONDS)) {
                if (!encoder.isAlive()) {
                    rethrowFailure();
                    throw new IOException("the Parquet encoder stopped");
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing the Parquet file");
        }
    }

    /** The encoder thread: writes batches in order until the end marker or a failure. */
    private void encode() {
        try {
            for (Object[][] next = queue.take(); next != END; next = queue.take()) {
                for (Object[] values : next) {
                    writer.write(values);
                }
            }
        } catch (InterruptedException interrupted) {
            failure = interrupted;
        } catch (IOException | RuntimeException | Error thrown) {
            failure = thrown;
        }
    }

    private void rethrowFailure() throws IOException {
        Throwable thrown = failure;
        if (thrown == null) {
            return;
        }
        if (thrown instanceof IOException) {
            throw new IOException("writing the Parquet file failed: " + thrown.getMessage(), thrown);
        }
        if (thrown instanceof Error) {
            throw (Error) thrown;
        }
        throw new IOException("writing the Parquet file failed: " + thrown, thrown);
    }

    private static final class Builder extends ParquetWriter.Builder<Object[], Builder> {
        private final OutputSchema schema;

        Builder(OutputFile file, OutputSchema schema) {
            super(file);
            this.schema = schema;
        }

        @Override
        protected Builder self() {
            return this;
        }

        // Abstract in ParquetWriter.Builder, hence implemented; build() calls the variant below,
        // so Hadoop's Configuration is needed to compile this class but never loaded at run time.
        @Override
        @SuppressWarnings("deprecation")
        protected WriteSupport<Object[]> getWriteSupport(Configuration configuration) {
            return new CustomerRowWriteSupport(schema);
        }

        @Override
        protected WriteSupport<Object[]> getWriteSupport(ParquetConfiguration configuration) {
            return new CustomerRowWriteSupport(schema);
        }
    }
}
