package io.customer360.engine;

import io.customer360.validate.Violation;

/**
 * Gives an accepted record an int code on its source's reader thread, in file order: the
 * transaction id's code (rejecting a repeated id), or the web event's session code. Each coder
 * is used by one thread only.
 *
 * @param <T> the typed record
 */
interface RecordCoder<T> {
    /** The code of records that need none. */
    int NONE = -1;

    /** Returns the record's code, or {@link #NONE}; sets {@link #rejection} to reject it. */
    int code(T record);

    /** The violation of the last record coded, or null when it passed. */
    default Violation rejection() {
        return null;
    }
}
