package io.customer360.io.read;

import io.customer360.read.RawRecord;
import io.customer360.read.RecordReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the files of one source one after the other, as one source: each record names its
 * file ({@link RawRecord#file()}). Every file is opened once up front, so that a missing file
 * or a bad header fails {@link #open} before any record is read; then each is opened again in
 * turn. Progress counts the bytes of the files read so far against their total size.
 */
final class PartFilesReader implements RecordReader {

    /** Opens one file as a reader of the source. */
    interface Opener {
        /**
         * Opens the reader of one file.
         *
         * @throws IOException when the file cannot be read
         */
        RecordReader open(Path file) throws IOException;
    }

    private final List<Path> files;
    private final List<String> names;
    private final Opener opener;
    private final long totalBytes;
    private RecordReader current;
    private int index;
    private long doneBytes;

    private PartFilesReader(List<Path> files, Opener opener, RecordReader first) {
        this.files = List.copyOf(files);
        List<String> shown = new ArrayList<>();
        long total = 0;
        for (Path file : files) {
            shown.add(file.toString());
            total = total < 0 ? total : plus(total, size(file));
        }
        this.names = List.copyOf(shown);
        this.totalBytes = total;
        this.opener = opener;
        this.current = first;
    }

    /** Opens the reader of {@code files}, checking each one. */
    static PartFilesReader open(List<Path> files, Opener opener) throws IOException {
        RecordReader first = opener.open(files.get(0));
        try {
            for (int i = 1; i < files.size(); i++) {
                opener.open(files.get(i)).close();
            }
        } catch (IOException | RuntimeException e) {
            try {
                first.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        return new PartFilesReader(files, opener, first);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException unknown) {
            return -1;
        }
    }

    private static long plus(long total, long size) {
        return size < 0 ? -1 : total + size;
    }

    @Override
    public RawRecord read() throws IOException {
        while (current != null) {
            RawRecord record = current.read();
            if (record != null) {
                return record.inFile(names.get(index));
            }
            doneBytes += Math.max(0, current.bytesRead());
            RecordReader finished = current;
            current = null;
            finished.close();
            if (++index < files.size()) {
                current = opener.open(files.get(index));
            }
        }
        return null;
    }

    @Override
    public long bytesRead() {
        return doneBytes + (current == null ? 0 : Math.max(0, current.bytesRead()));
    }

    @Override
    public long totalBytes() {
        return totalBytes;
    }

    @Override
    public List<String> files() {
        return names;
    }

    @Override
    public void close() throws IOException {
        if (current != null) {
            RecordReader open = current;
            current = null;
            open.close();
        }
    }
}
