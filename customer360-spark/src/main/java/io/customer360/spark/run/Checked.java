package io.customer360.spark.run;

import io.customer360.engine.DistributedRules;
import io.customer360.model.Source;
import io.customer360.spark.read.RecordRow;
import io.customer360.validate.Violation;
import java.io.Serializable;

/**
 * One record of a source after its checks: where it was read (file number and line), its row as
 * read, and either the accepted record or the violation that rejects it.
 */
final class Checked implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The record's source. */
    final Source source;
    /** The number of its file: 0 for a source of one file, else from 1 in name order. */
    final int fileNumber;
    /** The 1-based line where the record starts in its file. */
    final long line;
    /** The record as read; null for an accepted record whose text is never needed again. */
    final RecordRow row;
    /** The accepted record, or null when rejected. */
    final Object record;
    /** Why the record is rejected, or null when accepted. */
    final Violation violation;

    Checked(Source source, int fileNumber, long line, RecordRow row, Object record,
            Violation violation) {
        this.source = source;
        this.fileNumber = fileNumber;
        this.line = line;
        this.row = row;
        this.record = record;
        this.violation = violation;
    }

    boolean isAccepted() {
        return violation == null;
    }

    /** The order key of the record within its source. */
    long order() {
        return DistributedRules.order(fileNumber, line);
    }

    /** The same record, rejected for {@code reason}. */
    Checked rejected(Violation reason) {
        return new Checked(source, fileNumber, line, row, null, reason);
    }

    @Override
    public String toString() {
        return source.reportName() + " line " + line + (violation == null ? "" : ": " + violation.code());
    }
}
