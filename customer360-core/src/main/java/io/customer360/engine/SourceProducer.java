package io.customer360.engine;

import io.customer360.engine.parse.ParseResult;
import io.customer360.engine.parse.RecordParser;
import io.customer360.error.Customer360Exception;
import io.customer360.error.ExtensionException;
import io.customer360.model.Source;
import io.customer360.read.RawRecord;
import io.customer360.read.RecordReader;
import io.customer360.validate.Validator;
import io.customer360.validate.Violation;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * Reads one source to its end on its own thread: parses each record, runs the custom validators
 * in the order added, codes the records that passed (the duplicate transaction check happens
 * here) and hands the results to a {@link BatchSink} in batches, in file order. A failure ends
 * the call, reader failures as an {@link io.customer360.error.InputException} naming the input.
 *
 * @param <T> the typed record
 */
final class SourceProducer<T> implements Callable<Void> {
    private final Source source;
    private final String location;
    private final RecordReader reader;
    private final RecordParser<T> parser;
    private final List<Validator<T>> validators;
    private final RecordCoder<T> coder;
    private final Function<T, String> userUuid;
    private final Function<T, String> email;
    private final BatchSink sink;
    private final RejectStore rejects;

    /**
     * @param email    the email to encode ahead for the {@link RecordConsumer}, or a function
     *                 giving null
     * @param userUuid the user UUID to parse ahead for the {@link RecordConsumer}, or a function
     *                 giving null
     * @param rejects  where this thread spools the source's rejects itself, or null to leave
     *                 them to the {@link RecordConsumer}
     */
    SourceProducer(Source source, String location, RecordReader reader, RecordParser<T> parser,
            List<Validator<T>> validators, RecordCoder<T> coder, Function<T, String> email,
            Function<T, String> userUuid, BatchSink sink, RejectStore rejects) {
        this.source = source;
        this.location = location;
        this.reader = reader;
        this.parser = parser;
        this.validators = validators;
        this.coder = coder;
        this.email = email;
        this.userUuid = userUuid;
        this.sink = sink;
        this.rejects = rejects;
    }

    @Override
    public Void call() throws IOException, InterruptedException {
        ParsedBatch batch = newBatch();
        for (RawRecord raw = next(); raw != null; raw = next()) {
            if (batch.isFull()) {
                sink.accept(batch);
                batch = newBatch();
            }
            ParseResult<T> result = parser.parse(raw);
            if (!result.isAccepted()) {
                reject(batch, raw, result.violation());
                continue;
            }
            Violation custom = firstCustomViolation(result.record(), raw);
            if (custom != null) {
                reject(batch, raw, custom);
                continue;
            }
            int code = coder.code(result.record());
            Violation rejection = coder.rejection();
            if (rejection != null) {
                reject(batch, raw, rejection);
            } else {
                batch.add(raw, result.record(), code, email.apply(result.record()),
                        userUuid.apply(result.record()));
            }
        }
        batch.last = true;
        sink.accept(batch);
        return null;
    }

    private RawRecord next() {
        try {
            return reader.read();
        } catch (IOException failure) {
            throw Failures.inputFailure(source, location, "cannot read the "
                    + source.reportName() + " input", failure);
        } catch (Customer360Exception failure) {
            throw failure.concerning(source);
        }
    }

    private ParsedBatch newBatch() {
        ParsedBatch batch = new ParsedBatch(source);
        batch.rejectsSpooled = rejects != null;
        return batch;
    }

    private void reject(ParsedBatch batch, RawRecord raw, Violation violation)
            throws IOException {
        if (rejects != null) {
            rejects.reject(raw, violation);
        }
        batch.add(raw, null, violation, RecordCoder.NONE);
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
