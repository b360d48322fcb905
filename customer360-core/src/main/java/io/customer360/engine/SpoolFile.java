package io.customer360.engine;

import io.customer360.model.ReasonCode;
import io.customer360.output.Rejection;
import io.customer360.read.RawRecord;
import io.customer360.read.SourceSchema;
import io.customer360.validate.Violation;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * A temporary file of raw records of one source, each optionally with the violation that
 * rejected it, so that rejects never have to be held in memory. Records are read back in the
 * order written, or one at a time by the offset {@link #append} returned.
 */
final class SpoolFile implements Closeable {
    private final Path file;
    private final SourceSchema schema;
    private final OutputStream out;
    /** The record being appended: {@code record[0..recordLength)}. */
    private byte[] record = new byte[256];
    private int recordLength;
    private long size;
    private long count;
    private boolean closed;

    SpoolFile(Path file, SourceSchema schema) throws IOException {
        this.file = file;
        this.schema = schema;
        this.out = new BufferedOutputStream(PrivateFiles.createFile(file), 1 << 16);
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
        recordLength = 4;
        // A record of a source of values is spooled with its number negated.
        putLong(raw.isRecordNumbered() ? -raw.line() : raw.line());
        writeString(raw.file());
        writeString(raw.text());
        writeString(raw.malformation());
        if (raw.isMalformed()) {
            room(1);
            record[recordLength++] = (byte) (raw.isTextTruncated() ? 1 : 0);
        } else {
            for (int i = 0; i < schema.size(); i++) {
                writeString(raw.value(schema.fields().get(i)));
            }
        }
        room(1);
        record[recordLength++] = (byte) (violation != null ? 1 : 0);
        if (violation != null) {
            writeString(violation.code().code());
            writeString(violation.field());
            writeString(violation.value());
            writeString(violation.message());
        }
        long offset = size;
        int length = recordLength - 4;
        BigEndian.putInt(record, 0, length);
        out.write(record, 0, recordLength);
        size += recordLength;
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
        return new Sequence(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
    }

    /** Reads the raw record at an offset that {@link #append} returned. */
    RawRecord readAt(FileChannel channel, long offset) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(4);
        readFully(channel, header, offset);
        ByteBuffer payload = ByteBuffer.allocate(header.getInt(0));
        readFully(channel, payload, offset + 4);
        return readRaw(new Cursor(payload.array(), payload.capacity()));
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

    private RawRecord readRaw(Cursor in) throws IOException {
        long line = in.readLong();
        String file = in.readString();
        String text = in.readString();
        String malformation = in.readString();
        RawRecord raw;
        if (malformation != null) {
            raw = in.readBoolean() ? RawRecord.malformedHead(schema, line, text, malformation)
                    : RawRecord.malformed(schema, line, text, malformation);
        } else {
            String[] values = new String[schema.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = in.readString();
            }
            raw = line < 0 ? RawRecord.ofValues(schema, -line, text, values, null)
                    : RawRecord.of(schema, line, text, values, null);
        }
        return file == null ? raw : raw.inFile(file);
    }

    private void writeString(String value) {
        if (value == null) {
            room(4);
            BigEndian.putInt(record, recordLength, -1);
            recordLength += 4;
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        room(4 + bytes.length);
        BigEndian.putInt(record, recordLength, bytes.length);
        System.arraycopy(bytes, 0, record, recordLength + 4, bytes.length);
        recordLength += 4 + bytes.length;
    }

    private void putLong(long value) {
        room(8);
        BigEndian.putInt(record, recordLength, (int) (value >>> 32));
        BigEndian.putInt(record, recordLength + 4, (int) value);
        recordLength += 8;
    }

    private void room(int more) {
        if (recordLength + more > record.length) {
            record = Arrays.copyOf(record, Math.max(recordLength + more, record.length * 2));
        }
    }

    /** Reads a record's fields front to back from its bytes. */
    private static final class Cursor {
        private final byte[] bytes;
        private final int end;
        private int at;

        Cursor(byte[] bytes, int length) {
            this.bytes = bytes;
            this.end = length;
        }

        int readInt() throws EOFException {
            need(4);
            int value = BigEndian.getInt(bytes, at);
            at += 4;
            return value;
        }

        long readLong() throws EOFException {
            long high = readInt();
            return high << 32 | (readInt() & 0xffffffffL);
        }

        boolean readBoolean() throws EOFException {
            need(1);
            return bytes[at++] != 0;
        }

        String readString() throws EOFException {
            int length = readInt();
            if (length < 0) {
                return null;
            }
            need(length);
            String value = new String(bytes, at, length, StandardCharsets.UTF_8);
            at += length;
            return value;
        }

        private void need(int count) throws EOFException {
            if (count > end - at) {
                throw new EOFException("spooled record ends early");
            }
        }
    }

    /** Rejections read back in the order written. */
    final class Sequence implements Closeable {
        private final InputStream in;
        private final byte[] header = new byte[4];
        private byte[] payload = new byte[256];

        private Sequence(InputStream in) {
            this.in = in;
        }

        /** The next rejection, or null at the end. */
        Rejection next() throws IOException {
            int first = in.readNBytes(header, 0, 4);
            if (first == 0) {
                return null;
            }
            if (first < 4) {
                throw new EOFException("spool ended inside a record length");
            }
            int length = BigEndian.getInt(header, 0);
            if (length > payload.length) {
                payload = new byte[Math.max(length, payload.length * 2)];
            }
            if (in.readNBytes(payload, 0, length) < length) {
                throw new EOFException("spool ended inside a record");
            }
            Cursor record = new Cursor(payload, length);
            RawRecord raw = readRaw(record);
            if (!record.readBoolean()) {
                throw new IOException("spooled record at line " + raw.line() + " has no violation");
            }
            ReasonCode code = ReasonCode.of(record.readString());
            Violation violation = new Violation(code, record.readString(), record.readString(),
                    record.readString());
            return new Rejection(raw, violation);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

}
