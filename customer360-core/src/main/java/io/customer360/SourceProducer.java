package io.customer360;

import io.customer360.model.Source;
import io.customer360.read.RawRecord;
import io.customer360.read.Reader;
import io.customer360.validate.ParseResult;
import io.customer360.validate.RecordParser;
import io.customer360.validate.Validator;
import io.customer360.validate.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;

/**
 * Reads one source to its end on its own thread: parses each record, runs the custom validators
 * in the order added, codes the records that passed (the duplicate transaction check happens
 * here) and hands the results on in batches, in file order.
 *
 * @param <T> the typed record
 */
final class SourceProducer<T> implements Runnable {
    private final Source source;
    private final Reader reader;
    private final RecordParser<T> parser;
    private final List<Validator<T>> validators;
    private final RecordCoder<T> coder;
    private final Function<T, String> userUuid;
    private final BlockingQueue<ParsedBatch> queue;

    /**
     * @param userUuid the user UUID to parse ahead for the consumer, or a function giving null
     */
    SourceProducer(Source source, Reader reader, RecordParser<T> parser,
            List<Validator<T>> validators, RecordCoder<T> coder, Function<T, String> userUuid,
            BlockingQueue<ParsedBatch> queue) {
        this.source = source;
        this.reader = reader;
        this.parser = parser;
        this.validators = validators;
        this.coder = coder;
        this.userUuid = userUuid;
        this.queue = queue;
    }

    @Override
    public void run() {
        try {
            ParsedBatch batch = new ParsedBatch(source);
            for (RawRecord raw = reader.read(); raw != null; raw = reader.read()) {
                if (batch.isFull()) {
                    queue.put(batch);
                    batch = new ParsedBatch(source);
                }
                ParseResult<T> result = parser.parse(raw);
                if (!result.isAccepted()) {
                    batch.add(raw, null, result.violation(), RecordCoder.NONE);
                    continue;
                }
                Violation custom = firstCustomViolation(result.record(), raw);
                if (custom != null) {
                    batch.add(raw, null, custom, RecordCoder.NONE);
                    continue;
                }
                int code = coder.code(result.record());
                Violation rejection = coder.rejection();
                if (rejection != null) {
                    batch.add(raw, null, rejection, RecordCoder.NONE);
                } else {
                    batch.add(raw, result.record(), code, userUuid.apply(result.record()));
                }
            }
            batch.last = true;
            queue.put(batch);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (IOException failure) {
            fail(new UncheckedIOException("reading " + source.reportName() + " failed: "
                    + failure.getMessage(), failure));
        } catch (RuntimeException | Error failure) {
            // Even an Error must reach the consumer, which would otherwise wait forever.
            fail(failure);
        }
    }

    private void fail(Throwable failure) {
        try {
            queue.put(ParsedBatch.failed(source, failure));
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
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
