package io.customer360.io.read;

import io.customer360.error.InputException;
import io.customer360.error.SchemaException;
import io.customer360.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens an input, failing fast with an exception that names the path.
 *
 * <p>An input is read once, front to back, as a stream: a regular file, a named pipe (FIFO) or a
 * device such as {@code /dev/stdin} alike. Nothing is asked of its size; whether it is empty is
 * decided by reading its first byte. An input that starts with the gzip magic bytes is
 * decompressed ({@link GzipInput}); progress still counts its compressed bytes.
 */
final class InputFiles {
    private static final Logger LOG = LoggerFactory.getLogger(InputFiles.class);

    private InputFiles() {
    }

    /**
     * Opens an input that must exist, not be a directory and hold at least one byte (after
     * decompression, when gzip). The stream returned lets a caller look at its first bytes
     * before reading them.
     *
     * @param source   the source read from the input, which its failures name
     * @param expected what the input should start with, for the zero-byte message
     * @throws SchemaException when the input is missing, a directory or empty
     * @throws InputException  when it exists but cannot be opened or read, or is a corrupt
     *     gzip stream
     */
    static LookaheadInputStream open(Source source, Path file, String expected) {
        if (Files.isDirectory(file)) {
            throw new SchemaException(source, file, 0, "is a directory; expected a file");
        }
        if (!Files.isRegularFile(file) && Files.exists(file)) {
            // opening a named pipe waits until a writer opens it: say what is being waited for
            LOG.info("{} is not a regular file; reading it as a stream", file);
        }
        InputStream raw;
        try {
            raw = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            SchemaException missing = new SchemaException(source, file, 0, "file not found");
            missing.initCause(e);
            throw missing;
        } catch (IOException e) {
            throw unreadable(source, file, e);
        }
        return open(source, file, raw, regularFileSize(file), expected);
    }

    /**
     * Opens an input given as a stream of its bytes from the first, e.g. a file of a
     * distributed file system: the same checks and gzip handling as {@link #open(Source, Path,
     * String)}, whose failures the stream's are.
     *
     * @param size the input's size in bytes for progress, or -1 when unknown
     */
    static LookaheadInputStream open(Source source, Path file, InputStream raw, long size,
            String expected) {
        LookaheadInputStream in = new LookaheadInputStream(raw, size);
        try {
            if (in.peek(0) < 0) {
                throw new SchemaException(source, file, 0, "file is empty (0 bytes); expected "
                        + expected);
            }
            if (!GzipInput.isGzip(in)) {
                return in;
            }
            LookaheadInputStream content =
                    new LookaheadInputStream(GzipInput.of(source, file, in), in);
            if (content.peek(0) < 0) {
                throw new SchemaException(source, file, 0, "gzip file decompresses to 0 bytes;"
                        + " expected " + expected);
            }
            return content;
        } catch (IOException | RuntimeException e) {
            try {
                in.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e instanceof IOException ? unreadable(source, file, (IOException) e)
                    : (RuntimeException) e;
        }
    }

    /**
     * The size of the opened input when it is a regular file, for progress; -1 for a pipe or a
     * device, or when the size cannot be read (progress is then shown without a total).
     */
    private static long regularFileSize(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.isRegularFile() ? attributes.size() : -1;
        } catch (IOException unknown) {
            LOG.debug("{}: size unknown: {}", file, unknown.toString());
            return -1;
        }
    }

    /**
     * The failure to open or read an existing input: its message names the path and the system's
     * reason, e.g. {@code /in/leads.csv: cannot be read: Permission denied}.
     */
    static InputException unreadable(Source source, Path file, IOException cause) {
        return InputException.of(source, file, "cannot be read", cause);
    }
}
