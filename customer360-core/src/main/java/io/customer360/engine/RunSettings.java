package io.customer360.engine;

import io.customer360.aggregate.Aggregator;
import io.customer360.identity.IdentifierBlocklist;
import io.customer360.identity.Identifiers;
import io.customer360.identity.IdentityResolver;
import io.customer360.model.Lead;
import io.customer360.model.Source;
import io.customer360.model.Transaction;
import io.customer360.model.WebEvent;
import io.customer360.output.RejectFormat;
import io.customer360.output.ReportFormat;
import io.customer360.output.TableFormat;
import io.customer360.read.ReadOptions;
import io.customer360.read.SourceInput;
import io.customer360.read.SourceSchema;
import io.customer360.read.StatusVocabulary;
import io.customer360.report.QualityGates;
import io.customer360.report.RunListener;
import io.customer360.standardise.TimestampParser;
import io.customer360.validate.Validator;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Everything a run is configured with, checked by {@code Customer360.Builder}. Internal: not
 * part of the library's API.
 *
 * @param inputs                     the sources to read
 * @param leadValidators             custom lead validators, in order
 * @param transactionValidators      custom transaction validators, in order
 * @param webEventValidators         custom web event validators, in order
 * @param aggregators                custom aggregators, in column order
 * @param identityResolver           the factory of a custom identity resolver, or null
 * @param schemas                    per source, its fields and the names they are read from
 * @param statuses                   the raw values of each transaction status
 * @param timestamps                 per source, how its timestamps are read
 * @param readOptions                charset and limits of readers
 * @param outputDirectory            where outputs go
 * @param workDirectory              where spill files go
 * @param threads                    the most worker threads at once
 * @param listener                   hears the run's progress
 * @param fileMoves                  the file operations of the commit
 * @param tableFormat                writes the customer table
 * @param rejectsFormat              writes every rejected record, or null
 * @param rejectedTransactionsFormat writes rejected transactions, or null
 * @param reportFormat               writes the run report, or null
 * @param pageFormat                 writes the run report as a page for people, or null
 * @param clock                      gives the run's start time
 * @param gates                      the quality gates the run must pass to replace the
 *                                   customer table
 * @param blocklist                  identifiers that never link
 * @param maxLinksPerIdentifier      the most distinct other identifiers an identifier may be
 *                                   linked to before its links are not used; 0 for no limit
 * @param maxIdentifiersPerCustomer  the most identifiers a customer may hold; a link that would
 *                                   make one hold more is not used; 0 for no limit
 * @param linksFormat                writes the merge explanations, or null
 */
public record RunSettings(Map<Source, SourceInput> inputs, List<Validator<Lead>> leadValidators,
        List<Validator<Transaction>> transactionValidators,
        List<Validator<WebEvent>> webEventValidators, List<Aggregator<?>> aggregators,
        Function<Identifiers, ? extends IdentityResolver> identityResolver,
        Map<Source, SourceSchema> schemas, StatusVocabulary statuses,
        Map<Source, TimestampParser> timestamps, ReadOptions readOptions, Path outputDirectory,
        Path workDirectory, int threads, RunListener listener, FileMoves fileMoves,
        TableFormat tableFormat, RejectFormat rejectsFormat,
        RejectFormat rejectedTransactionsFormat, ReportFormat reportFormat,
        ReportFormat pageFormat, Clock clock,
        QualityGates gates, IdentifierBlocklist blocklist, int maxLinksPerIdentifier,
        int maxIdentifiersPerCustomer, TableFormat linksFormat) {

    /**
     * These settings with other sources; for engines that read the same rules from elsewhere.
     *
     * @param sources the sources to read, each with its format
     * @return the settings with {@code sources} as their inputs
     */
    public RunSettings withInputs(Map<Source, SourceInput> sources) {
        Map<Source, SourceInput> inputs = new EnumMap<>(Source.class);
        inputs.putAll(sources);
        return new RunSettings(Collections.unmodifiableMap(inputs), leadValidators, transactionValidators,
                webEventValidators, aggregators, identityResolver, schemas, statuses, timestamps,
                readOptions, outputDirectory, workDirectory, threads, listener, fileMoves,
                tableFormat, rejectsFormat, rejectedTransactionsFormat, reportFormat, pageFormat,
                clock, gates, blocklist, maxLinksPerIdentifier, maxIdentifiersPerCustomer,
                linksFormat);
    }
}
