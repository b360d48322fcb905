package io.customer360.io.read;

/**
 * Internal signal that one record cannot be read; the message is the defect reported in the
 * malformed {@link io.customer360.read.RawRecord}. Carries no stack trace: it is control flow
 * for bad data, which may be frequent, not a programming error.
 */
final class MalformedRecordException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedRecordException(String defect) {
        super(defect, null, false, false);
    }

    /** The defect, as reported in the malformed record. */
    String defect() {
        return getMessage();
    }
}
