package io.customer360.report;

import io.customer360.model.Source;

/**
 * Hears how a run goes, for progress bars, metrics and logs of the service that embeds the
 * pipeline. Every method has an empty default; implement the ones you need.
 *
 * <p>Methods are called on the run's threads: {@link #sourceProgress} and
 * {@link #sourceFinished} on the thread reading that source, while other sources are read on
 * other threads, so an implementation must be thread-safe and quick (it holds up the reading).
 * A listener that throws fails the run with an {@link io.customer360.error.ExtensionException}.
 */
public interface RunListener {

    /** A listener that hears nothing. */
    RunListener NONE = new RunListener() { };

    /**
     * The run entered {@code phase}; phases come in the order of {@link RunPhase}.
     *
     * @param phase the phase entered
     */
    default void phaseStarted(RunPhase phase) {
    }

    /**
     * A source's running counts and bytes read, after about every {@value #PROGRESS_EVERY}
     * records read, and once more when it was read to its end ({@link SourceProgress#finished()};
     * then the bytes read equal the input's size where both are known).
     *
     * @param progress how far the source has been read
     */
    default void sourceProgress(SourceProgress progress) {
    }

    /**
     * A source was read to its end.
     *
     * @param source the source read
     * @param report its final counts
     */
    default void sourceFinished(Source source, SourceReport report) {
    }

    /**
     * How many records lie about between two {@link #sourceProgress} calls of a source before
     * its last.
     */
    int PROGRESS_EVERY = 100_000;

    /** The phases of a run. */
    enum RunPhase {
        /** Opening the inputs and the output folder, cleaning up after earlier runs. */
        STARTING,
        /** Reading, standardising and validating the sources. */
        READING,
        /** Linking identifiers into customers and counting sessions. */
        RESOLVING,
        /** Writing the outputs and replacing the earlier ones as one set. */
        WRITING
    }
}
