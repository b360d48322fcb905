package io.customer360;

import io.customer360.model.ReasonCode;
import io.customer360.model.Rejection;
import io.customer360.read.RawRecord;
import io.customer360.read.SourceSchema;
import io.customer360.validate.Violation;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A temporary file of raw records of one source, each optionally with the violation that
 * rejected it, so that rejects never have to be held in memory. Records are read back in the
 * order written, or one at a time by the offset {@link #append} returned.
 */
final class SpoolFile implements Closeable {
    private final Path file;
    private final SourceSchema schema;
    private final OutputStream out;
    private final ByteArrayOutputStream record = new ByteArrayOutputStream(256);
    private final DataOutputStream recordData = new DataOutputStream(record);
    private long size;
    private long count;
    private boolean closed;

    SpoolFile(Path file, SourceSchema schema) throws IOException {
        this.file = file;
        this.schema = schema;
        this.out = new BufferedOutputStream(Files.newOutputStream(file,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16);
    }

    /** The number of records written. */
    long count() {
        return count;
    }

    /**
     * Appends a raw record and the violation that rejected it (null for none).
     *
     * @return the offset to read it back with {@link #readAt}
     */
    long append(RawRecord raw, Violation violation) throws IOException {
        record.reset();
        recordData.writeLong(raw.line());
        writeString(raw.text());
        writeString(raw.malformation());
        if (!raw.isMalformed()) {
            for (int i = 0; i < schema.size(); i++) {
                writeString(raw.value(schema.fields().get(i)));
            }
        }
        recordData.writeBoolean(violation != null);
        if (violation != null) {
            writeString(violation.code().code());
            writeString(violation.field());
            writeString(violation.value());
            writeString(violation.message());
        }
        long offset = size;
        int length = record.size();
        out.write(length >>> 24);
        out.write(length >>> 16);
        out.write(length >>> 8);
        out.write(length);
        record.writeTo(out);
        size += 4 + length;
        count++;
        return offset;
    }

    /** Flushes and closes the writing side; reading is possible afterwards. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            out.close();
        }
    }

    /** Deletes the file; never throws. */
    void delete() {
        try {
            close();
        } catch (IOException ignored) {
            // the file is deleted anyway
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover temporary file in the output directory is harmless
        }
    }

    /** Reads every record in the order written, as rejections. */
    Sequence rejections() throws IOException {
        close();
        return new Sequence(new DataInputStream(
                new BufferedInputStream(Files.newInputStream(file), 1 << 16)));
    }

    /** Reads the raw record at an offset that {@link #append} returned. */
    RawRecord readAt(FileChannel channel, long offset) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(4);
        readFully(channel, header, offset);
        ByteBuffer payload = ByteBuffer.allocate(header.getInt(0));
        readFully(channel, payload, offset + 4);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload.array()));
        return readRaw(in);
    }

    /** Opens the file for {@link #readAt}. */
    FileChannel openChannel() throws IOException {
        close();
        return FileChannel.open(file, StandardOpenOption.READ);
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long offset)
            throws IOException {
        long at = offset;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, at);
            if (read < 0) {
                throw new EOFException("spool ended early");
            }
            at += read;
        }
    }

    private RawRecord readRaw(DataInputStream in) throws IOException {
        long line = in.readLong();
        String text = readString(in);
        String malformation = readString(in);
        if (malformation != null) {
            return RawRecord.malformed(schema, line, text, malformation);
        }
        String[] values = new String[schema.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = readString(in);
        }
        return RawRecord.of(schema, line, text, values, null);
    }

    private void writeString(String value) throws IOException {
        if (value == null) {
            recordData.writeInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        recordData.writeInt(bytes.length);
        recordData.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Rejections read back in the order written. */
    final class Sequence implements Closeable {
        private final DataInputStream in;

        private Sequence(DataInputStream in) {
            this.in = in;
        }

        /** The next rejection, or null at the end. */
        Rejection next() throws IOException {
            int length;
            try {
                length = in.readInt();
            } catch (EOFException end) {
                return null;
            }
            byte[] payload = new byte[length];
            in.readFully(payload);
            DataInputStream record = new DataInputStream(new ByteArrayInputStream(payload));
            RawRecord raw = readRaw(record);
            if (!record.readBoolean()) {
                throw new IOException("spooled record at line " + raw.line() + " has no violation");
            }
            ReasonCode code = ReasonCode.of(readString(record));
            Violation violation = new Violation(code, readString(record), readString(record),
                    readString(record));
            return new Rejection(raw, violation);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

}
