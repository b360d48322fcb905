package io.customer360.engine;

import java.io.IOException;

/** Where a {@link SourceProducer} hands its batches, in file order, on its own thread. */
@FunctionalInterface
interface BatchSink {
    void accept(ParsedBatch batch) throws IOException, InterruptedException;
}
