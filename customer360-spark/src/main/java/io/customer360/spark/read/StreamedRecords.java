package io.customer360.spark.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.TaskContext;
import org.apache.spark.util.TaskCompletionListener;

/**
 * The records of one task, read one at a time as Spark asks for them rather than held in a
 * list, so that a task needs memory for one record, not for its whole split. The source is
 * closed after the last record, and also when the task ends early (a failure, or a consumer
 * that stops, such as {@code take}).
 */
final class StreamedRecords implements Iterator<RecordRow> {
    /** Reads the task's next record, or null at its end. */
    @FunctionalInterface
    interface Next {
        RecordRow read() throws IOException;
    }

    private final Next next;
    private final Closeable source;
    private RecordRow ahead;
    private boolean done;

    private StreamedRecords(Next next, Closeable source) {
        this.next = next;
        this.source = source;
    }

    /**
     * Streams the records {@code next} reads from {@code source}, closing it at the end.
     *
     * @param next   reads the next record, or null at the end
     * @param source what to close after the last record or when the task ends
     */
    static Iterator<RecordRow> of(Next next, Closeable source) {
        StreamedRecords records = new StreamedRecords(next, source);
        TaskContext task = TaskContext.get();
        if (task != null) {
            TaskCompletionListener closing = context -> records.close();
            task.addTaskCompletionListener(closing);
        }
        return records;
    }

    @Override
    public boolean hasNext() {
        if (ahead != null) {
            return true;
        }
        if (done) {
            return false;
        }
        try {
            ahead = next.read();
        } catch (IOException failure) {
            close();
            throw new UncheckedIOException(failure);
        }
        if (ahead == null) {
            close();
        }
        return ahead != null;
    }

    @Override
    public RecordRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RecordRow row = ahead;
        ahead = null;
        return row;
    }

    private void close() {
        if (done) {
            return;
        }
        done = true;
        try {
            source.close();
        } catch (IOException ignored) {
            // the records were read; a failure to close a read-only stream loses nothing
        }
    }
}
