package io.customer360;

import io.customer360.aggregate.Aggregator;
import io.customer360.aggregate.TransactionAggregator;
import io.customer360.aggregate.WebActivityAggregator;
import io.customer360.identity.IdentityResolver;
import io.customer360.identity.Identifiers;
import io.customer360.model.IdentityLink;
import io.customer360.model.Lead;
import io.customer360.model.ReasonCode;
import io.customer360.model.Rejection;
import io.customer360.model.Source;
import io.customer360.model.Transaction;
import io.customer360.model.WebEvent;
import io.customer360.output.CustomerRow;
import io.customer360.read.RawRecord;
import io.customer360.read.Reader;
import io.customer360.read.SourceInput;
import io.customer360.read.SourceSchema;
import io.customer360.report.IdentityReport;
import io.customer360.report.RunReport;
import io.customer360.report.SourceReport;
import io.customer360.validate.IdentityLinkParser;
import io.customer360.validate.LeadParser;
import io.customer360.validate.RecordParser;
import io.customer360.validate.TransactionParser;
import io.customer360.validate.Validator;
import io.customer360.validate.Violation;
import io.customer360.validate.WebEventParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One run of a {@link Customer360} pipeline: read, resolve, aggregate, write. */
final class PipelineRun {
    static final List<Aggregator<?, ?>> BUILT_IN_AGGREGATORS =
            List.of(new TransactionAggregator(), new WebActivityAggregator());
    private static final Logger LOG = LoggerFactory.getLogger(PipelineRun.class);

    private final Customer360 config;
    private final CustomerTable table;
    private final IdentityResolver resolver;
    private final RejectBuffer rejects = new RejectBuffer();
    private final Map<Source, SourceCounts> counts = new EnumMap<>(Source.class);
    private final LeadSelector leads = new LeadSelector();
    private final Set<String> transactionIds = new HashSet<>();
    private final Map<String, UuidActivity> activityByUuid = new HashMap<>();

    PipelineRun(Customer360 config) {
        this.config = config;
        this.table = new CustomerTable(BUILT_IN_AGGREGATORS, config.customAggregators());
        this.resolver = config.newIdentityResolver();
    }

    RunReport run() {
        Instant startedAt = config.clock().instant();
        long startNanos = System.nanoTime();
        readAll();
        CustomerRows rows = new CustomerAssembler(table, leads, activityByUuid)
                .assemble(resolver.groups());
        RunReport report = new OutputStage(config, table.schema(), startedAt, startNanos)
                .write(rows, rejects, sourceReports());
        LOG.info("customer360 run finished: {} customers, {} groups dropped, {} ms",
                report.identity().customers(), report.identity().groupsDropped(),
                report.durationMs());
        return report;
    }

    private void readAll() {
        Map<Source, Reader> readers = openAll();
        try {
            read(Source.IDENTITY_MAP, readers, new IdentityLinkParser(), List.of(),
                    this::acceptLink);
            read(Source.LEADS, readers, new LeadParser(config.timestamps()),
                    config.leadValidators(), this::acceptLead);
            for (Lead lead : leads.winners()) {
                resolver.add(Identifiers.email(lead.email()));
                if (lead.userUuid() != null) {
                    resolver.link(Identifiers.email(lead.email()),
                            Identifiers.uuid(lead.userUuid()), Source.LEADS);
                }
            }
            read(Source.TRANSACTIONS, readers, new TransactionParser(config.timestamps()),
                    config.transactionValidators(), this::acceptTransaction);
            read(Source.WEB_ACTIVITY, readers, new WebEventParser(config.timestamps()),
                    config.webEventValidators(), this::acceptWebEvent);
        } catch (IOException failure) {
            throw new UncheckedIOException("reading the inputs failed: " + failure.getMessage(),
                    failure);
        } finally {
            closeAll(readers);
        }
    }

    /** Opens every source first so that a schema error fails the run before any work. */
    private Map<Source, Reader> openAll() {
        Map<Source, Reader> readers = new EnumMap<>(Source.class);
        try {
            for (Map.Entry<Source, SourceInput> input : config.inputs().entrySet()) {
                Source source = input.getKey();
                readers.put(source, input.getValue().open(SourceSchema.of(source),
                        config.readOptions()));
                counts.put(source, new SourceCounts(input.getValue().location()));
            }
        } catch (IOException failure) {
            closeAll(readers);
            throw new UncheckedIOException("opening an input failed: " + failure.getMessage(),
                    failure);
        } catch (RuntimeException failure) {
            closeAll(readers);
            throw failure;
        }
        return readers;
    }

    private <T> void read(Source source, Map<Source, Reader> readers, RecordParser<T> parser,
            List<Validator<T>> validators, SourcePass.Acceptor<T> acceptor) throws IOException {
        Reader reader = readers.get(source);
        if (reader == null) {
            return;
        }
        long read = new SourcePass<>(source, parser, validators).run(reader, acceptor,
                this::reject);
        SourceCounts sourceCounts = counts.get(source);
        sourceCounts.read(read);
        LOG.info("{}: read {}, rejected {} ({})", source.reportName(), sourceCounts.readCount(),
                sourceCounts.rejectedCount(), config.inputs().get(source).location());
    }

    private void reject(RawRecord raw, Violation violation) {
        counts.get(raw.schema().source()).rejected(violation.code());
        rejects.add(new Rejection(raw, violation));
    }

    private void acceptLink(IdentityLink link, RawRecord raw) {
        resolver.link(Identifiers.email(link.email()), Identifiers.uuid(link.userUuid()),
                Source.IDENTITY_MAP);
    }

    private void acceptLead(Lead lead, RawRecord raw) {
        RawRecord loser = leads.offer(lead, raw);
        if (loser != null) {
            reject(loser, Violation.of(ReasonCode.DUPLICATE_LEAD,
                    "Duplicate lead (a newer lead has the same email)"));
        }
    }

    private void acceptTransaction(Transaction transaction, RawRecord raw) {
        if (!transactionIds.add(transaction.transactionId())) {
            reject(raw, new Violation(ReasonCode.DUPLICATE_TRANSACTION_ID, "transaction_id",
                    transaction.transactionId(),
                    "Duplicate transaction id (" + transaction.transactionId() + ")"));
            return;
        }
        UuidActivity activity = activityOf(transaction.userUuid(), transaction.email(),
                Source.TRANSACTIONS);
        activity.hasTransactions = true;
        activity.seen(transaction.transactionDate());
        aggregate(Transaction.class, transaction, activity, Source.TRANSACTIONS, raw);
    }

    private void acceptWebEvent(WebEvent event, RawRecord raw) {
        UuidActivity activity = activityOf(event.userUuid(), event.email(), Source.WEB_ACTIVITY);
        activity.hasWebActivity = true;
        activity.seen(event.timestamp());
        aggregate(WebEvent.class, event, activity, Source.WEB_ACTIVITY, raw);
    }

    private UuidActivity activityOf(String userUuid, String email, Source evidence) {
        String uuidKey = Identifiers.uuid(userUuid);
        resolver.add(uuidKey);
        if (email != null) {
            resolver.link(uuidKey, Identifiers.email(email), evidence);
        }
        return activityByUuid.computeIfAbsent(userUuid,
                uuid -> new UuidActivity(table.aggregators()));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void aggregate(Class<?> type, Object record, UuidActivity activity, Source source,
            RawRecord raw) {
        List<Aggregator<?, ?>> aggregators = table.aggregators();
        for (int i = 0; i < aggregators.size(); i++) {
            Aggregator aggregator = aggregators.get(i);
            if (aggregator.recordType() != type) {
                continue;
            }
            try {
                activity.states[i] = aggregator.add(activity.states[i], record);
            } catch (RuntimeException failure) {
                throw new Customer360Exception("aggregator " + aggregator.getClass().getName()
                        + " failed on " + source.reportName() + " line " + raw.line() + ": "
                        + failure.getMessage(), failure);
            }
        }
    }

    private Map<Source, SourceReport> sourceReports() {
        Map<Source, SourceReport> reports = new EnumMap<>(Source.class);
        counts.forEach((source, sourceCounts) -> reports.put(source, sourceCounts.report()));
        return reports;
    }

    private static void closeAll(Map<Source, Reader> readers) {
        for (Reader reader : readers.values()) {
            try {
                reader.close();
            } catch (IOException failure) {
                LOG.warn("closing a reader failed: {}", failure.toString());
            }
        }
    }

    /** The sorted rows of a run and the identity figures. */
    record CustomerRows(List<CustomerRow> rows, IdentityReport identity) {
    }
}
