package io.customer360.io.read;

import io.customer360.error.InputException;
import io.customer360.model.Source;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * The decompressed bytes of a gzip input, recognised by its first two bytes whatever its name.
 * Concatenated gzip members are read one after the other. A corrupt or cut stream fails with an
 * {@link InputException} naming the file.
 */
final class GzipInput extends InputStream {
    private static final int BUFFER = 1 << 16;

    private final Source source;
    private final Path file;
    private final GZIPInputStream in;

    private GzipInput(Source source, Path file, GZIPInputStream in) {
        this.source = source;
        this.file = file;
        this.in = in;
    }

    /** Whether the next two bytes of {@code in} are the gzip magic, {@code 1f 8b}. */
    static boolean isGzip(LookaheadInputStream in) throws IOException {
        return in.peek(0) == 0x1f && in.peek(1) == 0x8b;
    }

    /**
     * Decompresses {@code compressed}, reading its gzip header now.
     *
     * @throws InputException when the header is not valid
     */
    static GzipInput of(Source source, Path file, LookaheadInputStream compressed) {
        try {
            return new GzipInput(source, file, new GZIPInputStream(new MembersFollow(compressed),
                    BUFFER));
        } catch (IOException e) {
            throw corrupt(source, file, e);
        }
    }

    private static InputException corrupt(Source source, Path file, IOException cause) {
        return InputException.of(source, file, "gzip stream is corrupt or cut short", cause);
    }

    @Override
    public int read() throws IOException {
        try {
            return in.read();
        } catch (IOException e) {
            throw corrupt(source, file, e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            return in.read(buffer, offset, length);
        } catch (IOException e) {
            throw corrupt(source, file, e);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /**
     * The compressed stream as {@link GZIPInputStream} sees it: it looks for a further member
     * only when {@code available()} is positive, which a {@link LookaheadInputStream} does not
     * say of bytes it holds no copy of. Here it is positive while the input has a next byte.
     */
    private static final class MembersFollow extends FilterInputStream {
        private final LookaheadInputStream compressed;

        MembersFollow(LookaheadInputStream compressed) {
            super(compressed);
            this.compressed = compressed;
        }

        @Override
        public int available() throws IOException {
            return compressed.peek(0) >= 0 ? 1 : 0;
        }
    }
}
