package io.customer360.engine;

import io.customer360.read.RawRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of one source in reading order, numbered from 1, and the order of its records
 * across them: a record's order key is its file's number in the bits above
 * {@value #LINE_BITS} and its line below. A record that names no file (a source read from one
 * file) has file number 0, so its key is its line.
 *
 * <p>The files a reader announces ({@link io.customer360.read.RecordReader#files()}) are
 * numbered first; a file met only in a record is numbered when first seen. Not thread-safe:
 * used by the thread reading the source, then after reading.
 */
final class FileOrder {
    /** How many low bits of an order key hold the line. */
    static final int LINE_BITS = 40;
    private static final long LINE_MASK = (1L << LINE_BITS) - 1;

    private final List<String> files;
    /** The number of the file last looked up, as files are read one after the other. */
    private int last;

    FileOrder(List<String> files) {
        this.files = new ArrayList<>(files);
    }

    /** The number of a file, 1 for the first; 0 for null (no file named). */
    int numberOf(String file) {
        if (file == null) {
            return 0;
        }
        if (last > 0 && files.get(last - 1).equals(file)) {
            return last;
        }
        int index = files.indexOf(file);
        if (index < 0) {
            files.add(file);
            index = files.size() - 1;
        }
        last = index + 1;
        return last;
    }

    /** The order key of a record: later records of the source have larger keys. */
    long order(RawRecord raw) {
        return key(numberOf(raw.file()), raw.line());
    }

    /** The order key of the record at {@code line} of the file with number {@code file}. */
    static long key(int file, long line) {
        return (long) file << LINE_BITS | line & LINE_MASK;
    }

    /** The file number within an order key. */
    static int fileOf(long order) {
        return (int) (order >>> LINE_BITS);
    }

    /** The line within an order key. */
    static long lineOf(long order) {
        return order & LINE_MASK;
    }

    /** The number of files known so far. */
    int count() {
        return files.size();
    }

    /** The file with a number from 1 to {@link #count()}. */
    String file(int number) {
        return files.get(number - 1);
    }
}
