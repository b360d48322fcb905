package io.customer360.engine;

import io.customer360.model.ReasonCode;
import io.customer360.read.RawRecord;
import io.customer360.report.FileReport;
import io.customer360.report.SourceReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Read and rejected counts of one source during a run, and of each of its files when it is
 * spread over several.
 */
final class SourceCounts {
    private final String location;
    private final FileOrder files;
    private long read;
    private long rejected;
    /** The reason codes seen so far, each with its count: a handful, found by identity first. */
    private ReasonCode[] reasons = new ReasonCode[8];
    private long[] reasonCounts = new long[8];
    private int reasonCount;
    /** Per file number (index 0: records naming no file), records read and rejected. */
    private long[] fileRead = new long[1];
    private long[] fileRejected = new long[1];

    SourceCounts(String location, List<String> files) {
        this.location = location;
        this.files = new FileOrder(files);
    }

    /** The source's files in reading order, which number its records' order keys. */
    /** Where the source is read from, as the report names it. */
    String location() {
        return location;
    }

        FileOrder files() {
        return files;
    }

    void read(long records) {
        read += records;
    }

    /**
     * Counts a record read from a file named by the record (nothing when it names none) and,
     * when {@code isRejected}, rejected there.
     */
    void readInFile(RawRecord raw, boolean isRejected) {
        if (raw.file() == null) {
            return;
        }
        int file = fileSlot(files.numberOf(raw.file()));
        fileRead[file]++;
        if (isRejected) {
            fileRejected[file]++;
        }
    }

    /** Counts one more rejection in the file with this number, of a record read before. */
    void rejectedInFile(int number) {
        if (number > 0) {
            int file = fileSlot(number);
            fileRejected[file]++;
        }
    }

    private int fileSlot(int number) {
        if (number >= fileRead.length) {
            int size = Math.max(number + 1, Math.max(files.count() + 1, 2 * fileRead.length));
            fileRead = Arrays.copyOf(fileRead, size);
            fileRejected = Arrays.copyOf(fileRejected, size);
        }
        return number;
    }

    void rejected(ReasonCode code) {
        rejected++;
        for (int i = 0; i < reasonCount; i++) {
            if (reasons[i] == code) {
                reasonCounts[i]++;
                return;
            }
        }
        for (int i = 0; i < reasonCount; i++) {
            if (reasons[i].equals(code)) {
                reasonCounts[i]++;
                return;
            }
        }
        if (reasonCount == reasons.length) {
            reasons = Arrays.copyOf(reasons, reasonCount * 2);
            reasonCounts = Arrays.copyOf(reasonCounts, reasonCount * 2);
        }
        reasons[reasonCount] = code;
        reasonCounts[reasonCount++] = 1;
    }

    long readCount() {
        return read;
    }

    long rejectedCount() {
        return rejected;
    }

    SourceReport report() {
        Map<String, Long> rejectedByReason = new HashMap<>();
        for (int i = 0; i < reasonCount; i++) {
            rejectedByReason.merge(reasons[i].code(), reasonCounts[i], Long::sum);
        }
        List<FileReport> fileReports = new ArrayList<>();
        long filesRead = 0;
        long filesRejected = 0;
        for (int number = 1; number <= files.count(); number++) {
            long fileReads = number < fileRead.length ? fileRead[number] : 0;
            long fileRejects = number < fileRead.length ? fileRejected[number] : 0;
            fileReports.add(new FileReport(files.file(number), fileReads,
                    fileReads - fileRejects, fileRejects));
            filesRead += fileReads;
            filesRejected += fileRejects;
        }
        if (filesRead != read || filesRejected != rejected) {
            // a custom reader named the file of some records only: no per-file counts
            fileReports.clear();
        }
        return new SourceReport(location, read, read - rejected, rejected, rejectedByReason,
                fileReports);
    }
}
