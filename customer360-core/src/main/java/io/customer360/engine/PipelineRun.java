package io.customer360.engine;

import io.customer360.aggregate.Aggregator;
import io.customer360.error.Customer360Exception;
import io.customer360.error.ExtensionException;
import io.customer360.error.OutputException;
import io.customer360.model.IdentityLink;
import io.customer360.model.Lead;
import io.customer360.model.Source;
import io.customer360.model.Transaction;
import io.customer360.model.WebEvent;
import io.customer360.output.OutputNames;
import io.customer360.read.RecordReader;
import io.customer360.read.SourceInput;
import io.customer360.read.StatusVocabulary;
import io.customer360.report.IdentityReport;
import io.customer360.report.RunListener;
import io.customer360.report.RunReport;
import io.customer360.report.SourceProgress;
import io.customer360.report.SourceReport;
import java.io.IOException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One run of a {@link io.customer360.Customer360} pipeline. Every source is read on a thread of its own (as
 * many at once as there are cores), parsed and validated there, and applied to the run's compact
 * state there, one batch at a time; then customers are resolved and written.
 */
public final class PipelineRun {
    private static final Logger LOG = LoggerFactory.getLogger(PipelineRun.class);
    /** The SLF4J MDC key of the run id on every log line of a run, on all its threads. */
    static final String RUN_ID = "customer360.run";

    /**
     * The order sources start in when there are fewer cores than sources: the usually largest
     * first, so that the small ones fill in beside it and no core idles at the end while the
     * largest is still being read alone.
     */
    private static final List<Source> READ_ORDER = List.of(Source.WEB_ACTIVITY,
            Source.TRANSACTIONS, Source.LEADS, Source.IDENTITY_MAP);

    private final RunSettings config;
    private final AggregationPlan plan;
    private final CustomerTable table;
    private final Map<Source, SourceCounts> counts = new EnumMap<>(Source.class);
    /** Per source, the records read at which the listener next hears of its progress. */
    private final long[] nextProgress = new long[Source.values().length];

    /**
     * A run of the pipeline configured by {@code config}.
     *
     * @param config the run's settings
     */
    public PipelineRun(RunSettings config) {
        this.config = config;
        java.util.Arrays.fill(nextProgress, RunListener.PROGRESS_EVERY);
        this.plan = new AggregationPlan(config.aggregators(), config.statuses());
        this.table = new CustomerTable(plan);
    }

    /**
     * The library's version, as the run report gives it.
     *
     * @return the version, e.g. {@code 0.1.0}
     */
    public static String libraryVersion() {
        return Version.current();
    }

    /**
     * Checks that the built-in columns, with those of every status, and the custom columns have
     * distinct names.
     *
     * @param aggregators the custom aggregators, in column order
     * @param statuses    the transaction statuses, each with its columns
     * @throws IllegalArgumentException naming a column that two of them share
     */
    public static void checkColumns(List<Aggregator<?>> aggregators,
            StatusVocabulary statuses) {
        new CustomerTable(new AggregationPlan(aggregators, statuses));
    }

    /**
     * Runs the pipeline.
     *
     * @return what the run read, rejected, resolved and wrote
     * @throws Customer360Exception on any failure; no file under a final name has changed
     */
    public RunReport run() {
        RunTag tag = RunTag.next();
        MDC.put(RUN_ID, tag.toString());
        try {
            return runOnce(tag);
        } catch (Customer360Exception failure) {
            throw failure;
        } catch (ArithmeticException outOfRange) {
            throw new Customer360Exception(outOfRange.getMessage(), outOfRange);
        } catch (OutOfMemoryError memory) {
            throw new Customer360Exception("the run ran out of memory (" + memory.getMessage()
                    + "); give the JVM more heap, e.g. -Xmx2g", memory);
        } catch (RuntimeException bug) {
            throw new Customer360Exception("internal error: " + bug, bug);
        } finally {
            MDC.remove(RUN_ID);
        }
    }

    private RunReport runOnce(RunTag tag) {
        Instant startedAt = config.clock().instant();
        long startNanos = System.nanoTime();
        phase(RunListener.RunPhase.STARTING);
        plan.checkEmptyOutputs();
        Map<Source, RecordReader> readers = openAll();
        RunFolders folders = null;
        RejectStore rejects = null;
        DistinctSpill[] spills = new DistinctSpill[plan.distinctSlot.length];
        OutputStage outputs = null;
        try {
            folders = RunFolders.open(config.outputDirectory(), config.workDirectory(),
                    tag, startedAt, OutputNames.ALL, config.fileMoves());
            rejects = new RejectStore(folders.work(), EnumSet.copyOf(readers.keySet()));
            for (int d = 0; d < spills.length; d++) {
                spills[d] = new DistinctSpill(folders.work(), d,
                        plan.slotNames[plan.distinctSlot[d]]);
            }
            RecordConsumer state = new RecordConsumer(config, plan, rejects, spills, counts);
            phase(RunListener.RunPhase.READING);
            consume(readers, state, rejects);
            closeAll(readers);
            long readNanos = System.nanoTime();
            phase(RunListener.RunPhase.RESOLVING);
            outputs = new OutputStage(config, table.schema(), startedAt, startNanos, folders);
            outputs.startRejects(rejects, state.leads);
            state.finish();
            Groups groups = state.links.groups(state.uuids, state.emails);
            CustomerWriter customers = new CustomerWriter(table, state, groups,
                    config.threads());
            IdentityReport identity = customers.plan();
            try {
                customers.countDistinct(spills);
            } catch (IOException failure) {
                throw new OutputException(folders.work(), "cannot read a distinct-value spill back: "
                        + Failures.reason(failure), failure);
            }
            long resolveNanos = System.nanoTime();
            phase(RunListener.RunPhase.WRITING);
            RunReport report = outputs.write(customers, identity, sourceReports(),
                    (readNanos - startNanos) / 1_000_000, (resolveNanos - readNanos) / 1_000_000);
            LOG.info("phases: read {} ms, resolve {} ms, write {} ms",
                    (readNanos - startNanos) / 1_000_000, (resolveNanos - readNanos) / 1_000_000,
                    (System.nanoTime() - resolveNanos) / 1_000_000);
            LOG.info("customer360 run {} finished: {} customers, {} groups dropped, {} ms", tag,
                    identity.customers(), identity.groupsDropped(), report.durationMs());
            return report;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new Customer360Exception("the run was interrupted", interrupted);
        } finally {
            closeAll(readers);
            if (outputs != null) {
                outputs.close();
            }
            if (rejects != null) {
                rejects.close();
            }
            for (DistinctSpill spill : spills) {
                if (spill != null) {
                    spill.close();
                }
            }
            if (folders != null) {
                folders.close();
            }
        }
    }

    /** Opens every source first so that a schema error fails the run before any work. */
    private Map<Source, RecordReader> openAll() {
        Map<Source, RecordReader> readers = new EnumMap<>(Source.class);
        try {
            for (Map.Entry<Source, SourceInput> input : config.inputs().entrySet()) {
                Source source = input.getKey();
                String location = input.getValue().location();
                try {
                    readers.put(source, input.getValue().open(config.schemas().get(source),
                            config.readOptions()));
                } catch (IOException failure) {
                    throw Failures.inputFailure(source, location, "cannot open the input",
                            failure);
                } catch (Customer360Exception failure) {
                    throw failure.concerning(source);
                }
                counts.put(source, new SourceCounts(location, readers.get(source).files()));
            }
        } catch (RuntimeException failure) {
            closeAll(readers);
            throw failure;
        }
        return readers;
    }

    /**
     * Reads every source on a thread of its own; each thread applies its batches to the state
     * itself, one batch at a time under a lock, so a record is applied on the core that parsed
     * it. Returns when every source was read; the first failure stops the others.
     */
    private void consume(Map<Source, RecordReader> readers, RecordConsumer state,
            RejectStore rejects) throws InterruptedException {
        ReentrantLock applying = new ReentrantLock();
        BatchSink sink = batch -> {
            applying.lockInterruptibly();
            try {
                state.accept(batch);
            } finally {
                applying.unlock();
            }
            state.finishBatch(batch);
            tellProgress(batch, readers.get(batch.source));
        };
        int threads = Math.max(1, Math.min(readers.size(), config.threads()));
        ExecutorService executor = Workers.daemonPool(threads, "customer360-reader");
        CompletionService<Void> finished = new ExecutorCompletionService<>(executor);
        try {
            for (Source source : READ_ORDER) {
                if (readers.containsKey(source)) {
                    finished.submit(producer(source, readers.get(source), state, sink, rejects));
                }
            }
            for (int i = 0; i < readers.size(); i++) {
                try {
                    finished.take().get();
                } catch (ExecutionException failed) {
                    throw Workers.rethrowable(failed, "reading the sources failed");
                }
            }
        } finally {
            executor.shutdownNow();
            if (!executor.awaitTermination(1, TimeUnit.MINUTES)) {
                LOG.warn("source readers did not stop within a minute");
            }
        }
    }

    private SourceProducer<?> producer(Source source, RecordReader reader, RecordConsumer state,
            BatchSink sink, RejectStore rejects) {
        String location = config.inputs().get(source).location();
        switch (source) {
            case IDENTITY_MAP:
                return new SourceProducer<>(source, location, reader, RecordChecks.identityLinks(),
                        link -> RecordCoder.NONE, IdentityLink::email, IdentityLink::userUuid,
                        sink, rejects);
            case LEADS:
                return new SourceProducer<>(source, location, reader, RecordChecks.leads(config),
                        lead -> RecordCoder.NONE, Lead::email, lead -> null, sink, null);
            case TRANSACTIONS:
                return new SourceProducer<>(source, location, reader,
                        RecordChecks.transactions(config),
                        new TransactionIdCoder(state.transactionIds), Transaction::email,
                        Transaction::userUuid, sink, rejects);
            case WEB_ACTIVITY:
                return new SourceProducer<>(source, location, reader,
                        RecordChecks.webEvents(config), event -> RecordCoder.NONE,
                        WebEvent::email, WebEvent::userUuid, sink, rejects);
            default:
                throw new IllegalArgumentException("unknown source " + source);
        }
    }

    /**
     * Tells the listener a source's progress when it passed the next step, or its last
     * progress and its counts when it was read; called on the source's reading thread.
     */
    private void tellProgress(ParsedBatch batch, RecordReader reader) {
        Source source = batch.source;
        SourceCounts sourceCounts = counts.get(source);
        if (batch.last) {
            logCounts(source);
            SourceProgress last = progress(source, sourceCounts, reader, true);
            listen(() -> config.listener().sourceProgress(last));
            listen(() -> config.listener().sourceFinished(source, sourceCounts.report()));
        } else if (sourceCounts.readCount() >= nextProgress[source.ordinal()]) {
            nextProgress[source.ordinal()] = sourceCounts.readCount()
                    + RunListener.PROGRESS_EVERY;
            SourceProgress step = progress(source, sourceCounts, reader, false);
            listen(() -> config.listener().sourceProgress(step));
        }
    }

    private static SourceProgress progress(Source source, SourceCounts sourceCounts,
            RecordReader reader, boolean finished) {
        long bytesRead = reader.bytesRead();
        long totalBytes = reader.totalBytes();
        return new SourceProgress(source, sourceCounts.readCount(), sourceCounts.rejectedCount(),
                bytesRead < 0 ? SourceProgress.UNKNOWN : bytesRead,
                totalBytes < 0 ? SourceProgress.UNKNOWN : totalBytes, finished);
    }

    private void phase(RunListener.RunPhase phase) {
        listen(() -> config.listener().phaseStarted(phase));
    }

    private static void listen(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException failure) {
            throw new ExtensionException("the run listener failed: " + failure, failure);
        }
    }

    private void logCounts(Source source) {
        SourceCounts sourceCounts = counts.get(source);
        LOG.info("{}: read {}, rejected {} ({})", source.reportName(), sourceCounts.readCount(),
                sourceCounts.rejectedCount(), config.inputs().get(source).location());
    }

    private Map<Source, SourceReport> sourceReports() {
        Map<Source, SourceReport> reports = new EnumMap<>(Source.class);
        counts.forEach((source, sourceCounts) -> reports.put(source, sourceCounts.report()));
        return reports;
    }

    /** Closes every reader once; never throws. */
    private static void closeAll(Map<Source, RecordReader> readers) {
        for (RecordReader reader : readers.values()) {
            try {
                reader.close();
            } catch (IOException failure) {
                LOG.warn("closing a reader failed: {}", failure.toString());
            }
        }
        readers.clear();
    }
}
