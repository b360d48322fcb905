package io.customer360.spark.read;

import io.customer360.io.read.DelimitedStretch;
import io.customer360.io.read.FileStretches;
import io.customer360.read.RawRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * Both passes over the splits of one delimited file, run in tasks: pass 1 summarises a split
 * ({@link #summarise}), pass 2 reads its records ({@link #records}). Records are read by the
 * io module ({@link FileStretches#openStretch}), here only started at the right line.
 */
final class DelimitedSplits implements Serializable {
    private static final long serialVersionUID = 1L;

    private final HadoopFile file;
    private final Recipe recipe;
    private final ArrayList<String> header;
    private final long headerLine;

    /**
     * @param header     the header names, empty with a column list
     * @param headerLine the line of the header row, 0 when there is none
     */
    DelimitedSplits(HadoopFile file, Recipe recipe, List<String> header, long headerLine) {
        this.file = file;
        this.recipe = recipe;
        this.header = new ArrayList<>(header);
        this.headerLine = headerLine;
    }

    /** A stretch from the line start at {@code offset}, past {@code skip} lines, numbered {@code line}. */
    DelimitedStretch stretch(long offset, long skip, long line) throws IOException {
        InputStream in = LineStarts.open(file, offset, skip);
        return FileStretches.openStretch(recipe.delimited(file.name()), recipe.schema(),
                recipe.options(), file.name(), header, in, line, offset == 0 && skip == 0);
    }

    /** Pass 1: the split's line starts and exits (see {@link SplitSummary}). */
    SplitSummary summarise(FileSplit split) throws IOException {
        LineStarts starts = LineStarts.in(file, split.start(), split.end());
        if (starts.count() == 0) {
            return new SplitSummary(0, -1, 1, -1, -1, -1, -1);
        }
        long next = starts.count() + 1;
        long first = starts.first();
        boolean quoted = split.index() > 0
                && recipe.delimited(file.name()).quote().isPresent();
        boolean escaped = split.index() > 0
                && recipe.delimited(file.name()).escape().isPresent();
        try (DelimitedStretch inQuotes = stretch(first, 0, 1);
                DelimitedStretch afterEscape = stretch(first, 0, 1);
                DelimitedStretch fromStart = stretch(first, 0, 1)) {
            long quotedEnd = quoted && inQuotes.finishOpenRecord(true) ? inQuotes.nextLine() : -1;
            long escapedEnd = escaped && afterEscape.finishOpenRecord(false)
                    ? afterEscape.nextLine() : -1;
            Walk start = Walk.from(fromStart, next, quotedEnd, escapedEnd);
            long exitQuoted = exitAfter(inQuotes, quotedEnd, next, start, start.sawFirst);
            long exitEscaped = exitAfter(afterEscape, escapedEnd, next, start, start.sawSecond);
            return new SplitSummary(starts.count(), first, start.exit, quotedEnd, exitQuoted,
                    escapedEnd, exitEscaped);
        }
    }

    private static long exitAfter(DelimitedStretch stretch, long end, long next, Walk start,
            boolean converged) throws IOException {
        if (end < 0) {
            return -1;
        }
        if (end >= next) {
            return end;
        }
        return converged ? start.exit : Walk.from(stretch, next, -1, -1).exit;
    }

    /** The exit of split {@code split} for reading that enters at relative line {@code entry}. */
    long exitFrom(SplitSummary summary, long entry) throws IOException {
        long next = summary.lineStarts() + 1;
        try (DelimitedStretch stretch = stretch(summary.firstLineStart(), entry - 1, entry)) {
            return Walk.from(stretch, next, -1, -1).exit;
        }
    }

    /** Pass 2: the records of one split, read from where its first record starts. */
    Iterator<RecordRow> records(SplitTask task) throws IOException {
        if (task.entry() >= task.endLine()) {
            return Collections.emptyIterator();
        }
        DelimitedStretch stretch = stretch(task.firstLineStart(),
                task.entry() - task.firstLine(), task.entry());
        return StreamedRecords.of(() -> {
            while (stretch.nextLine() < task.endLine()) {
                RawRecord record = stretch.read();
                if (record == null || record.line() >= task.endLine()) {
                    return null;
                }
                if (record.line() != headerLine) {
                    return RecordRow.of(record);
                }
            }
            return null;
        }, stretch);
    }

    /**
     * Reading from a record start to the first line at or after {@code next} where a record
     * may start; notes whether it passed through two given lines where a record may start
     * (after which reading from there is the same).
     */
    private static final class Walk {
        long exit;
        boolean sawFirst;
        boolean sawSecond;

        static Walk from(DelimitedStretch stretch, long next, long first, long second)
                throws IOException {
            Walk walk = new Walk();
            while (true) {
                long before = stretch.nextLine();
                if (before >= next) {
                    walk.exit = before;
                    return walk;
                }
                long line = stretch.skip();
                long upTo = line < 0 ? Long.MAX_VALUE : line;
                walk.sawFirst |= first >= before && first <= upTo;
                walk.sawSecond |= second >= before && second <= upTo;
                if (line < 0 || line >= next) {
                    walk.exit = next;
                    return walk;
                }
            }
        }
    }
}
