package io.customer360.engine.parse;

import io.customer360.error.ExtensionException;
import io.customer360.model.Source;
import io.customer360.read.RawRecord;
import io.customer360.validate.Validator;
import io.customer360.validate.Violation;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The checks of one record of a source before the duplicate checks: the source's parser
 * (standardisation and built-in validation), then its custom validators in the order added.
 * Serialisable, so that every engine runs the same checks: the local engine on its reader
 * threads, a distributed one on its workers.
 *
 * @param <T> the record type of the source
 */
public final class RecordCheck<T> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Source source;
    private final RecordParser<T> parser;
    private final List<Validator<T>> validators;

    /**
     * @param source     the source the records come from
     * @param parser     the source's parser
     * @param validators the custom validators, in order
     */
    public RecordCheck(Source source, RecordParser<T> parser, List<Validator<T>> validators) {
        this.source = Objects.requireNonNull(source, "source");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.validators = List.copyOf(validators);
    }

    /**
     * The accepted record, or the first violation found.
     *
     * @param raw a record as read
     * @return the record, or why it is rejected
     * @throws ExtensionException when a custom validator throws or returns null
     */
    public ParseResult<T> check(RawRecord raw) {
        ParseResult<T> parsed = parser.parse(raw);
        if (!parsed.isAccepted()) {
            return parsed;
        }
        Violation custom = firstCustomViolation(parsed.record(), raw);
        return custom == null ? parsed : ParseResult.rejected(custom);
    }

    private Violation firstCustomViolation(T record, RawRecord raw) {
        for (int i = 0; i < validators.size(); i++) {
            Optional<Violation> violation;
            try {
                violation = validators.get(i).validate(record);
            } catch (RuntimeException failure) {
                throw new ExtensionException(source, raw.line(), "custom validator #" + (i + 1)
                        + " of " + source.reportName() + " failed on " + raw.position(),
                        failure);
            }
            if (violation == null) {
                throw new ExtensionException(source, raw.line(), "custom validator #" + (i + 1)
                        + " of " + source.reportName() + " returned null instead of"
                        + " Optional.empty() on " + raw.position(), null);
            }
            if (violation.isPresent()) {
                return violation.get();
            }
        }
        return null;
    }
}
