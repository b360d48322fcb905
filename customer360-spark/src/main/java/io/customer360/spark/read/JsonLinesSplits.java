package io.customer360.spark.read;

import io.customer360.io.read.FileStretches;
import io.customer360.read.RawRecord;
import io.customer360.read.RecordReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Iterator;

/**
 * The records of one split of a JSON Lines file: its lines that start in the split, read by the
 * io module ({@link FileStretches#openLines}) with their numbers in the file.
 */
final class JsonLinesSplits implements Serializable {
    private static final long serialVersionUID = 1L;

    private final HadoopFile file;
    private final Recipe recipe;

    JsonLinesSplits(HadoopFile file, Recipe recipe) {
        this.file = file;
        this.recipe = recipe;
    }

    /** The records of one split of lines, streamed. */
    Iterator<RecordRow> records(SplitTask task) throws IOException {
        InputStream in = LineStarts.open(file, task.firstLineStart(), 0);
        if (task.lineEndOffset() >= 0) {
            in = new BoundedInputStream(in, task.lineEndOffset() - task.firstLineStart());
        }
        RecordReader reader = FileStretches.openLines(recipe.json(file.name()), recipe.schema(),
                recipe.options(), file.name(), in, task.firstLine());
        return StreamedRecords.of(() -> {
            RawRecord record = reader.read();
            return record == null ? null : RecordRow.of(record);
        }, reader);
    }
}
