package io.customer360.io.explain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.column.page.DataPage;
import org.apache.parquet.column.page.DataPageV1;
import org.apache.parquet.column.page.DictionaryPage;
import org.apache.parquet.column.page.PageReader;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.format.DataPageHeader;
import org.apache.parquet.format.PageHeader;
import org.apache.parquet.format.Util;
import org.apache.parquet.format.converter.ParquetMetadataConverter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.PrimitiveType;

/**
 * The pages of one column chunk, held as its bytes: the dictionary page, if the chunk begins
 * with one, then the data pages in order, each decompressed when it is asked for. Index pages
 * are skipped. Data pages of version 2, which customer360's writer never writes, are refused.
 * A page that cannot be read fails with an {@link UncheckedIOException}, as {@link PageReader}
 * declares no checked exception; its cause says why.
 */
final class ColumnChunkPages implements PageReader {
    private final ByteArrayInputStream in;
    private final byte[] chunk;
    private final long values;
    private final CompressionCodecName codec;
    private final PrimitiveType type;
    private final ParquetMetadataConverter converter;
    private final DictionaryPage dictionary;
    /** The header of the next page, read ahead, or null after the last. */
    private PageHeader next;

    ColumnChunkPages(byte[] chunk, long values, CompressionCodecName codec, PrimitiveType type,
            ParquetMetadataConverter converter) throws IOException {
        this.chunk = chunk;
        this.in = new ByteArrayInputStream(chunk);
        this.values = values;
        this.codec = codec;
        this.type = type;
        this.converter = converter;
        this.next = nextHeader();
        if (next != null && next.isSetDictionary_page_header()) {
            PageHeader header = next;
            byte[] bytes = pageBytes(header);
            dictionary = new DictionaryPage(BytesInput.from(bytes),
                    header.getDictionary_page_header().getNum_values(),
                    converter.getEncoding(header.getDictionary_page_header().getEncoding()));
            next = nextHeader();
        } else {
            dictionary = null;
        }
    }

    @Override
    public DictionaryPage readDictionaryPage() {
        return dictionary;
    }

    @Override
    public long getTotalValueCount() {
        return values;
    }

    @Override
    public DataPage readPage() {
        try {
            while (next != null) {
                PageHeader header = next;
                if (header.isSetData_page_header_v2()) {
                    throw new ParquetFile.NotParquetException("its column '" + type.getName()
                            + "' has data pages of version 2, which this reader does not read");
                }
                DataPage page = null;
                if (header.isSetData_page_header()) {
                    page = pageV1(header);
                } else {
                    in.skipNBytes(header.getCompressed_page_size()); // an index page
                }
                next = nextHeader();
                if (page != null) {
                    return page;
                }
            }
            return null;
        } catch (ParquetFile.NotParquetException unsupported) {
            throw new UncheckedIOException(unsupported.getMessage(), unsupported);
        } catch (IOException failure) {
            throw new UncheckedIOException("a page of the column '" + type.getName()
                    + "' cannot be read: " + failure.getMessage(), failure);
        }
    }

    private DataPage pageV1(PageHeader header) throws IOException {
        DataPageHeader data = header.getData_page_header();
        return new DataPageV1(BytesInput.from(pageBytes(header)), data.getNum_values(),
                header.getUncompressed_page_size(), noStatistics(),
                converter.getEncoding(data.getRepetition_level_encoding()),
                converter.getEncoding(data.getDefinition_level_encoding()),
                converter.getEncoding(data.getEncoding()));
    }

    private byte[] pageBytes(PageHeader header) throws IOException {
        byte[] stored = in.readNBytes(header.getCompressed_page_size());
        if (stored.length != header.getCompressed_page_size()) {
            throw new IOException("the chunk ends within a page");
        }
        return ParquetDecompressors.decompress(codec, stored, header.getUncompressed_page_size());
    }

    private Statistics<?> noStatistics() {
        return Statistics.getBuilderForReading(type).build();
    }

    /** The next page's header, or null at the end of the chunk. */
    private PageHeader nextHeader() throws IOException {
        return in.available() > 0 ? Util.readPageHeader(in) : null;
    }

    @Override
    public String toString() {
        return "ColumnChunkPages[" + type.getName() + ", " + chunk.length + " bytes]";
    }
}
