package io.customer360.io.explain;

import com.github.luben.zstd.Zstd;
import io.airlift.compress.lz4.Lz4Decompressor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.xerial.snappy.Snappy;

/**
 * The page decompression of the explanations reader, without Hadoop: parquet-hadoop's own
 * {@code CodecFactory} decompresses through Hadoop's codec classes. It decompresses the codecs
 * customer360's writer writes (UNCOMPRESSED, SNAPPY, GZIP, ZSTD, LZ4_RAW) with snappy-java, the
 * JDK, zstd-jni and aircompressor, in the formats the Parquet specification gives for each;
 * any other codec fails with an {@link IOException} naming it.
 */
final class ParquetDecompressors {
    private ParquetDecompressors() {
    }

    /**
     * The uncompressed bytes of one page.
     *
     * @throws IOException when the bytes are not of the codec, or not of {@code size} once
     *                     decompressed
     */
    static byte[] decompress(CompressionCodecName codec, byte[] page, int size)
            throws IOException {
        byte[] bytes;
        switch (codec) {
            case UNCOMPRESSED:
                bytes = page;
                break;
            case SNAPPY:
                bytes = Snappy.uncompress(page);
                break;
            case GZIP:
                try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(page))) {
                    bytes = gzip.readAllBytes();
                }
                break;
            case ZSTD:
                bytes = Zstd.decompress(page, size);
                break;
            case LZ4_RAW:
                bytes = new byte[size];
                int length = new Lz4Decompressor().decompress(page, 0, page.length, bytes, 0, size);
                if (length != size) {
                    throw new IOException("an LZ4_RAW page decompressed to " + length
                            + " bytes where " + size + " were expected");
                }
                break;
            default:
                throw new IOException("pages compressed with " + codec + " cannot be read");
        }
        if (bytes.length != size) {
            throw new IOException("a " + codec + " page decompressed to " + bytes.length
                    + " bytes where " + size + " were expected");
        }
        return bytes;
    }
}
