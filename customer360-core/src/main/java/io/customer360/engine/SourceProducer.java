package io.customer360.engine;

import io.customer360.engine.parse.ParseResult;
import io.customer360.engine.parse.RecordCheck;
import io.customer360.error.Customer360Exception;
import io.customer360.model.Source;
import io.customer360.read.RawRecord;
import io.customer360.read.RecordReader;
import io.customer360.validate.Violation;
import java.io.IOException;
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
    /** The parser and custom validators every record goes through. */
    private final RecordCheck<T> check;
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
    SourceProducer(Source source, String location, RecordReader reader, RecordCheck<T> check,
            RecordCoder<T> coder, Function<T, String> email, Function<T, String> userUuid,
            BatchSink sink, RejectStore rejects) {
        this.source = source;
        this.location = location;
        this.reader = reader;
        this.check = check;
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
            ParseResult<T> result = check.check(raw);
            if (!result.isAccepted()) {
                reject(batch, raw, result.violation());
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
}
