package io.customer360.spark.run;

import io.customer360.io.write.JsonLinesRejectFormat;
import io.customer360.io.write.RejectedTransactionsLogFormat;
import io.customer360.model.Source;
import io.customer360.output.Rejection;
import io.customer360.read.RawRecord;
import io.customer360.spark.read.SchemaHandle;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Renders rejected records as the lines of {@code rejects.jsonl} and
 * {@code rejected_transactions.log}, through the io module's formats, on Spark's workers: each
 * record is rebuilt for its source's schema and, for a source spread over files, named by its
 * file.
 */
final class RejectLines implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Per source read, its schema. */
    private final EnumMap<Source, SchemaHandle> schemas;
    /** Per source spread over files, its files in reading order; absent for one file. */
    private final EnumMap<Source, List<String>> spreadFiles;

    RejectLines(Map<Source, SchemaHandle> schemas, Map<Source, List<String>> spreadFiles) {
        this.schemas = new EnumMap<>(schemas);
        this.spreadFiles = spreadFiles.isEmpty() ? new EnumMap<>(Source.class)
                : new EnumMap<>(spreadFiles);
    }

    /** Whether the transactions' records name their files. */
    boolean transactionsSpread() {
        return spreadFiles.containsKey(Source.TRANSACTIONS);
    }

    Rejection rejection(Checked rejected) {
        RawRecord raw = rejected.row.toRawRecord(schemas.get(rejected.source).schema());
        List<String> files = spreadFiles.get(rejected.source);
        if (files != null) {
            raw = raw.inFile(files.get(rejected.fileNumber - 1));
        }
        return new Rejection(raw, rejected.violation);
    }

    /** The record's line of {@code rejects.jsonl}, without its LF. */
    String jsonLine(Checked rejected) {
        return withoutLf(JsonLinesRejectFormat.line(rejection(rejected)));
    }

    /** The record's line of {@code rejected_transactions.log}, without its LF. */
    String logLine(Checked rejected) {
        return withoutLf(RejectedTransactionsLogFormat.line(rejection(rejected),
                transactionsSpread()));
    }

    /** The log's header line, without its LF. */
    String logHeader() {
        return withoutLf(RejectedTransactionsLogFormat.header(transactionsSpread()));
    }

    private static String withoutLf(String line) {
        return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    }
}
