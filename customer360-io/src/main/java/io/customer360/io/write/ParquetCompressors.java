package io.customer360.io.write;

import com.github.luben.zstd.Zstd;
import io.airlift.compress.lz4.Lz4Compressor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.xerial.snappy.Snappy;

/**
 * The page compressors of the Parquet writer, without Hadoop. parquet-hadoop's own
 * {@code CodecFactory}, which {@code ParquetWriter.Builder} uses unless given another factory,
 * compresses through Hadoop's codec classes, so a writer built with it fails without Hadoop on
 * the class path even for UNCOMPRESSED. This factory compresses with the same libraries
 * parquet-hadoop depends on (snappy-java, zstd-jni, aircompressor) and the JDK's GZIP, in the
 * formats the Parquet specification gives for each codec:
 *
 * <ul>
 *   <li>SNAPPY: a raw Snappy block;</li>
 *   <li>GZIP: a GZIP member (RFC 1952) at the JDK's default level;</li>
 *   <li>ZSTD: a Zstandard frame at level 3, parquet-hadoop's default level;</li>
 *   <li>LZ4_RAW: a raw LZ4 block;</li>
 *   <li>UNCOMPRESSED: the bytes as they are.</li>
 * </ul>
 *
 * <p>It compresses only: the writer never decompresses, so asking for a decompressor fails.
 * Compressors keep no state between pages and may be shared.
 */
final class ParquetCompressors implements CompressionCodecFactory {
    /** parquet-hadoop's default for {@code parquet.compression.codec.zstd.level}. */
    static final int ZSTD_LEVEL = 3;

    static final ParquetCompressors INSTANCE = new ParquetCompressors();

    private ParquetCompressors() {
    }

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        switch (codec) {
            case UNCOMPRESSED:
                return new Compressor(codec, null);
            case SNAPPY:
                return new Compressor(codec, bytes -> Snappy.compress(bytes));
            case GZIP:
                return new Compressor(codec, ParquetCompressors::gzip);
            case ZSTD:
                return new Compressor(codec, bytes -> Zstd.compress(bytes, ZSTD_LEVEL));
            case LZ4_RAW:
                return new Compressor(codec, ParquetCompressors::lz4Raw);
            default:
                throw new IllegalArgumentException("no compressor for " + codec);
        }
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        throw new UnsupportedOperationException("the customer table writer does not decompress");
    }

    @Override
    public void release() {
        // nothing held
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] lz4Raw(byte[] bytes) {
        Lz4Compressor lz4 = new Lz4Compressor();
        byte[] out = new byte[lz4.maxCompressedLength(bytes.length)];
        int length = lz4.compress(bytes, 0, bytes.length, out, 0, out.length);
        return Arrays.copyOf(out, length);
    }

    /** The bytes as one array, copied once (BytesInput.toByteArray is deprecated). */
    private static byte[] toArray(BytesInput bytes) throws IOException {
        ExactBuffer out = new ExactBuffer(Math.toIntExact(bytes.size()));
        bytes.writeAllTo(out);
        return out.array();
    }

    /** A buffer of the expected size that hands out its array rather than a copy when full. */
    private static final class ExactBuffer extends ByteArrayOutputStream {
        ExactBuffer(int size) {
            super(size);
        }

        byte[] array() {
            return count == buf.length ? buf : toByteArray();
        }
    }

    /** Compression of one page's bytes. */
    @FunctionalInterface
    private interface Codec {
        byte[] compress(byte[] bytes) throws IOException;
    }

    private static final class Compressor implements BytesInputCompressor {
        private final CompressionCodecName name;
        /** Null for UNCOMPRESSED. */
        private final Codec codec;

        Compressor(CompressionCodecName name, Codec codec) {
            this.name = name;
            this.codec = codec;
        }

        @Override
        public BytesInput compress(BytesInput bytes) throws IOException {
            if (codec == null) {
                return bytes; // UNCOMPRESSED
            }
            return BytesInput.from(codec.compress(toArray(bytes)));
        }

        @Override
        public CompressionCodecName getCodecName() {
            return name;
        }

        @Override
        public void release() {
            // nothing held
        }
    }
}
