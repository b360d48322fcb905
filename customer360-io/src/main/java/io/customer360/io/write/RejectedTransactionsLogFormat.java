package io.customer360.io.write;

import io.customer360.model.Source;
import io.customer360.output.RecordWriter;
import io.customer360.output.RejectFormat;
import io.customer360.output.Rejection;
import io.customer360.read.RawRecord;
import io.customer360.read.TransactionField;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes rejected transactions as {@code rejected_transactions.log}: the header
 * {@code transaction_id|status|amount|reason}, then one line per rejection in the order they
 * are written, for example {@code TX-4003|Refunded|-10.0|Non-positive amount (-10.0)}.
 *
 * <p>The first three fields are the record's raw values stripped of surrounding white space,
 * empty when missing (a malformed record has no values, so all three are empty); the fourth
 * is the rejection's reason. A field holding {@code |}, {@code "}, CR or LF is wrapped in
 * double quotes with inner quotes doubled. UTF-8, LF line endings. Instances are stateless and
 * reusable.
 *
 * <p>When the transactions source is spread over several files (a folder or a pattern), its
 * rejections name their file: every line then has two more fields, the file and the line in
 * it, and the header is {@code transaction_id|status|amount|reason|file|line}. The header is
 * written with the first rejection (or on closing, when there is none), so a log of a source
 * read from one file is exactly as described above.
 *
 * <p>The writer accepts only rejections of the transactions source and throws
 * {@link IllegalArgumentException} for any other.
 */
public final class RejectedTransactionsLogFormat implements RejectFormat {
    /** The first line of the file. */
    static final String HEADER = "transaction_id|status|amount|reason";
    /** The first line of the file when the rejections name their file. */
    static final String HEADER_WITH_FILE = HEADER + "|file|line";

    /** Creates the format. */
    public RejectedTransactionsLogFormat() {
        // nothing to configure
    }

    /**
     * {@inheritDoc}
     *
     * @throws java.nio.file.FileAlreadyExistsException when {@code file} exists
     */
    @Override
    public RecordWriter<Rejection> open(Path file) throws IOException {
        Writer out = new BufferedWriter(
                new OutputStreamWriter(OutputFiles.createNew(file), StandardCharsets.UTF_8));
        return new LogWriter(out);
    }

    /**
     * The file's first line, with its LF.
     *
     * @param filesNamed whether the rejections name their file (a source spread over files)
     * @return the header line
     */
    public static String header(boolean filesNamed) {
        return (filesNamed ? HEADER_WITH_FILE : HEADER) + "\n";
    }

    /**
     * One rejected transaction as the line {@link #open} writes for it, with its LF.
     *
     * @param rejection  a rejection of a transaction
     * @param filesNamed whether the line names the record's file and line, as in a file whose
     *                   {@link #header} has them
     * @return its line
     * @throws IllegalArgumentException when the rejection is not of a transaction
     */
    public static String line(Rejection rejection, boolean filesNamed) {
        if (rejection.source() != Source.TRANSACTIONS) {
            throw new IllegalArgumentException("rejected_transactions.log takes rejections of "
                    + Source.TRANSACTIONS.reportName() + " but was " + rejection);
        }
        RawRecord record = rejection.record();
        StringBuilder line = new StringBuilder(64);
        if (filesNamed) {
            PipeFields.appendLine(line,
                    value(record, TransactionField.TRANSACTION_ID),
                    value(record, TransactionField.STATUS),
                    value(record, TransactionField.AMOUNT),
                    rejection.reason(),
                    record.file() == null ? "" : record.file(),
                    Long.toString(record.line()));
        } else {
            PipeFields.appendLine(line,
                    value(record, TransactionField.TRANSACTION_ID),
                    value(record, TransactionField.STATUS),
                    value(record, TransactionField.AMOUNT),
                    rejection.reason());
        }
        return OutputFiles.wellFormed(line.toString());
    }

    private static String value(RawRecord record, TransactionField field) {
        String value = record.value(field);
        return value == null ? "" : value.strip();
    }

    @Override
    public String toString() {
        return "RejectedTransactionsLogFormat";
    }

    private static final class LogWriter implements RecordWriter<Rejection> {
        private final Writer out;
        /** Whether the header was written, and with the file fields. */
        private boolean headerWritten;
        private boolean withFile;

        LogWriter(Writer out) {
            this.out = out;
        }

        @Override
        public void write(Rejection rejection) throws IOException {
            if (!headerWritten) {
                writeHeader(rejection.record().file() != null);
            }
            out.write(line(rejection, withFile));
        }

        private void writeHeader(boolean fileFields) throws IOException {
            headerWritten = true;
            withFile = fileFields;
            out.write(header(fileFields));
        }

        @Override
        public void close() throws IOException {
            try {
                if (!headerWritten) {
                    writeHeader(false);
                }
            } catch (IOException | RuntimeException e) {
                OutputFiles.closeAfterFailure(out, e);
                throw e;
            }
            out.close();
        }
    }
}
