package io.customer360;

import io.customer360.model.Source;
import io.customer360.read.RawRecord;
import io.customer360.read.Reader;
import io.customer360.validate.ParseResult;
import io.customer360.validate.RecordParser;
import io.customer360.validate.Validator;
import io.customer360.validate.Violation;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Reads one source to its end: parses each record, runs the custom validators in the order
 * added, rejects the first violation and hands accepted records on.
 *
 * @param <T> the typed record
 */
final class SourcePass<T> {

    /** Receives accepted records; may still reject them (the duplicate check). */
    @FunctionalInterface
    interface Acceptor<T> {
        void accept(T record, RawRecord raw);
    }

    /** Receives rejected records. */
    @FunctionalInterface
    interface Rejecter {
        void reject(RawRecord raw, Violation violation);
    }

    private final Source source;
    private final RecordParser<T> parser;
    private final List<Validator<T>> validators;

    SourcePass(Source source, RecordParser<T> parser, List<Validator<T>> validators) {
        this.source = source;
        this.parser = parser;
        this.validators = validators;
    }

    /** Reads every record of {@code reader}; returns the number of records read. */
    long run(Reader reader, Acceptor<T> acceptor, Rejecter rejecter) throws IOException {
        long read = 0;
        for (RawRecord raw = reader.read(); raw != null; raw = reader.read()) {
            read++;
            ParseResult<T> result = parser.parse(raw);
            if (!result.isAccepted()) {
                rejecter.reject(raw, result.violation());
                continue;
            }
            Violation custom = firstCustomViolation(result.record(), raw);
            if (custom != null) {
                rejecter.reject(raw, custom);
            } else {
                acceptor.accept(result.record(), raw);
            }
        }
        return read;
    }

    private Violation firstCustomViolation(T record, RawRecord raw) {
        for (int i = 0; i < validators.size(); i++) {
            Optional<Violation> violation;
            try {
                violation = validators.get(i).validate(record);
            } catch (RuntimeException failure) {
                throw new Customer360Exception("custom validator #" + (i + 1) + " of "
                        + source.reportName() + " failed on line " + raw.line(), failure);
            }
            if (violation == null) {
                throw new Customer360Exception("custom validator #" + (i + 1) + " of "
                        + source.reportName() + " returned null instead of Optional.empty()"
                        + " on line " + raw.line(), null);
            }
            if (violation.isPresent()) {
                return violation.get();
            }
        }
        return null;
    }
}
