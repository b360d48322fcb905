package io.customer360.engine.parse;

import io.customer360.read.RawRecord;
import java.io.Serializable;

/**
 * Standardises one raw record of a source and applies the source's built-in checks in the
 * SPEC §3 order, stopping at the first that fails. Pure and serialisable.
 *
 * @param <T> the typed record
 */
@FunctionalInterface
public interface RecordParser<T> extends Serializable {

    /**
     * Returns the typed record, or the first violation in precedence order.
     *
     * @param record the raw record
     * @return the typed record or its violation
     */
    ParseResult<T> parse(RawRecord record);
}
