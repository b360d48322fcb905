package io.customer360.io.explain;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.column.page.PageReader;
import org.apache.parquet.format.converter.ParquetMetadataConverter;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.ColumnPath;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.schema.MessageType;

/**
 * A local Parquet file read without Hadoop: its footer, and its row groups one at a time as
 * the {@link PageReadStore} that parquet-column's record readers take.
 *
 * <p>parquet-hadoop's own reader cannot be used: building its {@code ParquetReadOptions}
 * always creates parquet-hadoop's {@code CodecFactory}, a class that does not load without
 * Hadoop's jars, even when another codec factory is given afterwards. This reader reads the
 * footer with parquet's metadata converter, and the pages with parquet-format's page headers
 * and {@link ParquetDecompressors}. It reads unencrypted files with data pages of version 1
 * (those parquet-hadoop writes by default), with or without dictionary pages, in any
 * encoding parquet-column decodes; page checksums are not verified. Not thread-safe.
 */
final class ParquetFile implements Closeable {
    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENCRYPTED_MAGIC = "PARE".getBytes(StandardCharsets.US_ASCII);
    /** The footer's length (4 bytes) and the magic (4 bytes) that end the file. */
    private static final int TAIL = 8;

    private final FileChannel channel;
    private final ParquetMetadataConverter converter;
    private final ParquetMetadata footer;

    private ParquetFile(FileChannel channel, ParquetMetadataConverter converter,
            ParquetMetadata footer) {
        this.channel = channel;
        this.converter = converter;
        this.footer = footer;
    }

    /**
     * Opens a file and reads its footer.
     *
     * @throws NotParquetException when the file is not an unencrypted Parquet file
     * @throws IOException         when it cannot be read
     */
    static ParquetFile open(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            long length = channel.size();
            if (length < MAGIC.length + TAIL) {
                throw new NotParquetException("it is too short (" + length + " bytes)");
            }
            ByteBuffer tail = read(channel, length - TAIL, TAIL).order(ByteOrder.LITTLE_ENDIAN);
            byte[] magic = Arrays.copyOfRange(tail.array(), 4, TAIL);
            if (Arrays.equals(magic, ENCRYPTED_MAGIC)) {
                throw new NotParquetException("its footer is encrypted");
            }
            if (!Arrays.equals(magic, MAGIC)
                    || !Arrays.equals(read(channel, 0, MAGIC.length).array(), MAGIC)) {
                throw new NotParquetException("it does not begin and end with PAR1");
            }
            long footerLength = Integer.toUnsignedLong(tail.getInt(0));
            long footerStart = length - TAIL - footerLength;
            if (footerStart < MAGIC.length) {
                throw new NotParquetException("its footer length (" + footerLength
                        + " bytes) does not fit the file");
            }
            ParquetMetadataConverter converter = new ParquetMetadataConverter();
            ParquetMetadata footer = converter.readParquetMetadata(new ByteArrayInputStream(
                    read(channel, footerStart, (int) footerLength).array()),
                    ParquetMetadataConverter.NO_FILTER);
            return new ParquetFile(channel, converter, footer);
        } catch (IOException | RuntimeException failure) {
            try {
                channel.close();
            } catch (IOException closing) {
                failure.addSuppressed(closing);
            }
            throw failure;
        }
    }

    /** The file's schema. */
    MessageType schema() {
        return footer.getFileMetaData().getSchema();
    }

    /** The number of row groups. */
    int rowGroups() {
        return footer.getBlocks().size();
    }

    /**
     * The pages of one row group's columns of {@code columns}; each column chunk is read into
     * memory, its pages are decompressed one at a time as the record reader asks for them.
     */
    PageReadStore rowGroup(int index, MessageType columns) throws IOException {
        BlockMetaData group = footer.getBlocks().get(index);
        Map<ColumnPath, ColumnChunkMetaData> chunks = new HashMap<>();
        for (ColumnChunkMetaData chunk : group.getColumns()) {
            chunks.put(chunk.getPath(), chunk);
        }
        Map<ColumnPath, PageReader> pages = new HashMap<>();
        for (ColumnDescriptor column : columns.getColumns()) {
            ColumnPath path = ColumnPath.get(column.getPath());
            ColumnChunkMetaData chunk = chunks.get(path);
            if (chunk == null) {
                throw new NotParquetException("row group " + (index + 1) + " lacks the column '"
                        + path.toDotString() + "'");
            }
            if (chunk.isEncrypted()) {
                throw new NotParquetException("its column '" + path.toDotString()
                        + "' is encrypted");
            }
            if (chunk.getTotalSize() > Integer.MAX_VALUE - 8) {
                throw new NotParquetException("its column chunk '" + path.toDotString()
                        + "' is larger than 2 GB");
            }
            byte[] bytes = read(channel, chunk.getStartingPos(), (int) chunk.getTotalSize())
                    .array();
            pages.put(path, new ColumnChunkPages(bytes, chunk.getValueCount(), chunk.getCodec(),
                    column.getPrimitiveType(), converter));
        }
        return new RowGroupPages(group.getRowCount(), pages);
    }

    private static ByteBuffer read(FileChannel channel, long position, int length)
            throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new EOFException("the file ends at byte " + (position + buffer.position())
                        + ", before the " + length + " bytes from byte " + position);
            }
        }
        return buffer;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** A file that is not, or not entirely, a Parquet file this reader reads. */
    static final class NotParquetException extends IOException {
        private static final long serialVersionUID = 1L;

        NotParquetException(String message) {
            super(message);
        }
    }

    /** The pages of one row group, by column. */
    private static final class RowGroupPages implements PageReadStore {
        private final long rows;
        private final Map<ColumnPath, PageReader> pages;

        RowGroupPages(long rows, Map<ColumnPath, PageReader> pages) {
            this.rows = rows;
            this.pages = pages;
        }

        @Override
        public PageReader getPageReader(ColumnDescriptor column) {
            PageReader reader = pages.get(ColumnPath.get(column.getPath()));
            if (reader == null) {
                throw new IllegalArgumentException("column not read: " + column);
            }
            return reader;
        }

        @Override
        public long getRowCount() {
            return rows;
        }
    }
}
