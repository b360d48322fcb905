package io.customer360.engine;

import io.customer360.aggregate.Aggregator;
import io.customer360.engine.parse.RecordCheck;
import io.customer360.identity.IdentifierBlocklist;
import io.customer360.model.IdentityLink;
import io.customer360.model.Lead;
import io.customer360.model.ReasonCode;
import io.customer360.model.Source;
import io.customer360.model.Transaction;
import io.customer360.model.WebEvent;
import io.customer360.output.CustomerLinks;
import io.customer360.output.CustomerRow;
import io.customer360.output.OutputSchema;
import io.customer360.read.StatusVocabulary;
import io.customer360.validate.Violation;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * A run's rules in the form a distributed engine ships to its workers: the per-record checks of
 * each source, the duplicate rules, the identifiers a record gives as evidence, and how a
 * customer's parts are gathered, merged and turned into the table's row. The local engine applies
 * the same rules through the same code; a distributed engine only decides where they run.
 * Internal: not part of the library's API.
 */
public final class DistributedRules implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The reason given to a lead that a newer lead with the same email displaced. */
    public static final Violation DUPLICATE_LEAD = Violation.of(ReasonCode.DUPLICATE_LEAD,
            "Duplicate lead (a newer lead has the same email)");
    /** The date key of a lead without a creation date: older than any date. */
    static final long MISSING_DATE = Long.MIN_VALUE;
    private static final String EMAIL_KEY = "email:";
    private static final String UUID_KEY = "uuid:";

    /** The record checks, by source ordinal. */
    private final RecordCheck<?>[] checks;
    /** The custom aggregators, in column order. */
    private final List<Aggregator<?>> aggregators;
    /** The run's transaction statuses. */
    private final StatusVocabulary statuses;
    /** Identifiers that never link. */
    private final IdentifierBlocklist blocklist;
    /** The link limit, or 0 for none. */
    private final int maxLinksPerIdentifier;
    /** The customer limit, or 0 for none. */
    private final int maxIdentifiersPerCustomer;
    /** The aggregation layout, rebuilt from the aggregators where the rules are used. */
    private transient AggregationPlan plan;
    /** The table's columns and row making, rebuilt with {@link #plan}. */
    private transient CustomerTable table;

    private DistributedRules(RunSettings settings) {
        checks = new RecordCheck<?>[Source.values().length];
        checks[Source.IDENTITY_MAP.ordinal()] = RecordChecks.identityLinks();
        checks[Source.LEADS.ordinal()] = RecordChecks.leads(settings);
        checks[Source.TRANSACTIONS.ordinal()] = RecordChecks.transactions(settings);
        checks[Source.WEB_ACTIVITY.ordinal()] = RecordChecks.webEvents(settings);
        aggregators = List.copyOf(settings.aggregators());
        statuses = settings.statuses();
        blocklist = settings.blocklist() == null ? IdentifierBlocklist.NONE
                : settings.blocklist();
        maxLinksPerIdentifier = settings.maxLinksPerIdentifier();
        maxIdentifiersPerCustomer = settings.maxIdentifiersPerCustomer();
    }

    /**
     * The rules of a run configured by {@code settings}. Checks that every aggregator gives
     * valid values for a customer without records.
     *
     * @param settings the run's settings
     * @return the rules
     * @throws io.customer360.error.ExtensionException when an aggregator's output is invalid
     */
    public static DistributedRules of(RunSettings settings) {
        DistributedRules rules = new DistributedRules(settings);
        rules.plan().checkEmptyOutputs();
        return rules;
    }

    private AggregationPlan plan() {
        if (plan == null) {
            plan = new AggregationPlan(aggregators, statuses);
            table = new CustomerTable(plan);
        }
        return plan;
    }

    /**
     * The checks of one source's records before the duplicate checks.
     *
     * @param source the source
     * @return its parser and custom validators
     */
    public RecordCheck<?> check(Source source) {
        return checks[source.ordinal()];
    }

    /**
     * The customer table's columns.
     *
     * @return the schema of the rows {@link #row} gives
     */
    public OutputSchema schema() {
        plan();
        return table.schema();
    }

    /**
     * The order key of a record, by which "first" and "later" are decided: its file's number
     * (1 for a source's first file, 0 for a source of one file) and its line.
     *
     * @param fileNumber the file's number
     * @param line       the record's first line
     * @return the order key; later records have larger keys
     */
    public static long order(int fileNumber, long line) {
        return FileOrder.key(fileNumber, line);
    }

    /**
     * The reason given to a transaction whose id an earlier accepted transaction has.
     *
     * @param transactionId the repeated id
     * @return the violation
     */
    public static Violation duplicateTransaction(String transactionId) {
        return new Violation(ReasonCode.DUPLICATE_TRANSACTION_ID, "transaction_id", transactionId,
                "Duplicate transaction id (" + transactionId + ")");
    }

    /**
     * Whether a lead is newer than another with the same email, or than the primary lead of
     * its customer: the later creation date wins, a missing date loses to any date, and on a
     * tie the later record wins.
     *
     * @param lead      the lead
     * @param order     its record's order key
     * @param held      the other lead
     * @param heldOrder the other lead's order key
     * @return true when {@code lead} is the newer
     */
    public static boolean isNewer(Lead lead, long order, Lead held, long heldOrder) {
        return isNewer(dateKey(lead), order, dateKey(held), heldOrder);
    }

    static boolean isNewer(long date, long order, long heldDate, long heldOrder) {
        return date > heldDate || date == heldDate && order > heldOrder;
    }

    /** A lead's creation date in epoch milliseconds, lowest when missing. */
    static long dateKey(Lead lead) {
        return lead.creationDate() == null ? MISSING_DATE : lead.creationDate().toEpochMilli();
    }

    /**
     * The identifier key of an email, as identity groups and customer ids use it.
     *
     * @param email a normalised email
     * @return its key
     */
    public static String emailKey(String email) {
        return EMAIL_KEY + email;
    }

    /**
     * The identifier key of a user UUID, as identity groups and customer ids use it.
     *
     * @param userUuid a normalised user UUID
     * @return its key
     */
    public static String uuidKey(String userUuid) {
        return UUID_KEY + userUuid;
    }

    /**
     * The identifiers an accepted record (after the duplicate checks) gives as evidence: the one
     * that owns it first (a lead's or identity-map row's email, a transaction's or web event's
     * user UUID), then the one it links to it, if any.
     *
     * @param source the record's source
     * @param record the record
     * @return one or two identifier keys
     */
    public static List<String> identifiers(Source source, Object record) {
        String owner;
        String linked;
        switch (source) {
            case IDENTITY_MAP:
                IdentityLink link = (IdentityLink) record;
                owner = emailKey(link.email());
                linked = uuidKey(link.userUuid());
                break;
            case LEADS:
                Lead lead = (Lead) record;
                owner = emailKey(lead.email());
                linked = lead.userUuid() == null ? null : uuidKey(lead.userUuid());
                break;
            case TRANSACTIONS:
                Transaction transaction = (Transaction) record;
                owner = uuidKey(transaction.userUuid());
                linked = transaction.email() == null ? null : emailKey(transaction.email());
                break;
            case WEB_ACTIVITY:
                WebEvent event = (WebEvent) record;
                owner = uuidKey(event.userUuid());
                linked = event.email() == null ? null : emailKey(event.email());
                break;
            default:
                throw new IllegalArgumentException("unknown source " + source);
        }
        return linked == null ? List.of(owner) : List.of(owner, linked);
    }

    /**
     * The link a record gives as evidence ({@link #identifiers} of two keys), at the record's
     * position.
     *
     * @param source     the record's source
     * @param record     the accepted record (after the duplicate checks)
     * @param fileNumber its file's number: 0 for a source of one file, else from 1 in reading
     *                   order
     * @param line       the line where it starts
     * @return the link, or null when the record links nothing
     */
    public static EvidenceLink link(Source source, Object record, int fileNumber, long line) {
        List<String> keys = identifiers(source, record);
        if (keys.size() < 2) {
            return null;
        }
        boolean uuidFirst = keys.get(0).startsWith(UUID_KEY);
        return new EvidenceLink(keys.get(uuidFirst ? 0 : 1), keys.get(uuidFirst ? 1 : 0), source,
                fileNumber, line);
    }

    /**
     * Whether the link a record gives ({@link #identifiers} of two keys) is not used because one
     * of its identifiers is on the run's blocklist; both identifiers still exist.
     *
     * @param identifiers the record's identifier keys
     * @return true when the record links two identifiers and one of them is blocked
     */
    public boolean isLinkBlocked(List<String> identifiers) {
        if (identifiers.size() < 2) {
            return false;
        }
        for (String key : identifiers) {
            if (isBlocked(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a link is not used because one of its identifiers is on the run's blocklist.
     *
     * @param link the link
     * @return true when one of its ends is blocked
     */
    public boolean isLinkBlocked(EvidenceLink link) {
        return isBlocked(link.uuidKey()) || isBlocked(link.emailKey());
    }

    /**
     * Whether an identifier is on the run's blocklist.
     *
     * @param key an {@link #emailKey} or {@link #uuidKey}
     * @return true when blocked
     */
    public boolean isBlocked(String key) {
        return blocklist.blocks(valueOf(key));
    }

    /**
     * Whether an identifier is anomalous: the link limit is on and the identifier is linked to
     * more distinct other identifiers than it allows.
     *
     * @param degree the distinct other identifiers it is linked to by links not blocked
     * @return true when none of its links may be used
     */
    public boolean isAnomalous(long degree) {
        return maxLinksPerIdentifier > 0 && degree > maxLinksPerIdentifier;
    }

    /**
     * Splits a connected set of the links left by the blocklist and the link limit into groups
     * under the customer limit.
     *
     * @param links distinct links with their first evidence, in any order
     * @return the groups and the links the limit refused
     */
    public ComponentSplit split(Iterable<EvidenceLink> links) {
        return ComponentSplit.of(links, maxIdentifiersPerCustomer);
    }

    /**
     * The group of an identifier that no used link joins to another, marked with the guard that
     * kept its links from being used, if any.
     *
     * @param key    the identifier's key
     * @param degree the distinct other identifiers it is linked to by links not blocked
     * @return the group of the identifier alone
     */
    public LinkedGroup alone(String key, long degree) {
        String guard = isBlocked(key) ? CustomerLinks.GUARD_BLOCKLIST
                : isAnomalous(degree) ? CustomerLinks.GUARD_LINK_LIMIT : null;
        return LinkedGroup.alone(key, guard);
    }

    /** Whether an identifier key is an e-mail's. */
    static boolean isEmailKey(String key) {
        return key.startsWith(EMAIL_KEY);
    }

    /** The e-mail or user UUID of an identifier key. */
    static String valueOf(String key) {
        if (key.startsWith(EMAIL_KEY)) {
            return key.substring(EMAIL_KEY.length());
        }
        if (key.startsWith(UUID_KEY)) {
            return key.substring(UUID_KEY.length());
        }
        throw new IllegalArgumentException("not an identifier key");
    }

    /**
     * Empty parts of a customer: no identifier, lead or activity; every state new.
     *
     * @return new parts
     * @throws io.customer360.error.ExtensionException when a state aggregator fails to create a
     *     state
     */
    public CustomerParts newParts() {
        AggregationPlan layout = plan();
        CustomerParts parts = new CustomerParts(layout.rowStride, layout.states);
        RowAggregates.emptySlots(layout, parts.values);
        for (int a = 0; a < layout.aggregators.size(); a++) {
            int state = layout.stateIndex[a];
            if (state >= 0) {
                parts.states[state] = layout.createState(a);
            }
        }
        return parts;
    }

    /**
     * Adds one identifier of the customer's identity group.
     *
     * @param parts the customer's parts
     * @param key   an {@link #emailKey} or {@link #uuidKey}
     */
    public void addIdentifier(CustomerParts parts, String key) {
        if (key.startsWith(EMAIL_KEY)) {
            parts.emails.add(key.substring(EMAIL_KEY.length()));
        } else if (key.startsWith(UUID_KEY)) {
            parts.uuids.add(key.substring(UUID_KEY.length()));
        } else {
            throw new IllegalArgumentException("not an identifier key");
        }
    }

    /**
     * Adds an accepted lead that won its email's duplicate check.
     *
     * @param parts the customer's parts
     * @param lead  the lead
     * @param order its record's order key
     */
    public void addLead(CustomerParts parts, Lead lead, long order) {
        AggregationPlan layout = plan();
        if (parts.primaryLead == null || isNewer(lead, order, parts.primaryLead, parts.primaryOrder)) {
            parts.primaryLead = lead;
            parts.primaryOrder = order;
        }
        add(layout, layout.ofLeads, parts, lead, Source.LEADS, lead.line());
    }

    /**
     * Adds an accepted transaction that won its id's duplicate check.
     *
     * @param parts       the customer's parts
     * @param transaction the transaction
     */
    public void addTransaction(CustomerParts parts, Transaction transaction) {
        AggregationPlan layout = plan();
        parts.hasActivity = true;
        parts.transactionIds.add(transaction.transactionId());
        add(layout, layout.ofTransactions, parts, transaction, Source.TRANSACTIONS,
                transaction.line());
    }

    /**
     * Adds an accepted web event.
     *
     * @param parts the customer's parts
     * @param event the web event
     */
    public void addWebEvent(CustomerParts parts, WebEvent event) {
        AggregationPlan layout = plan();
        parts.hasActivity = true;
        add(layout, layout.ofWebEvents, parts, event, Source.WEB_ACTIVITY, event.line());
    }

    private static void add(AggregationPlan layout, int[] aggregators, CustomerParts parts,
            Object record, Source source, long line) {
        PartsFolder folder = null;
        for (int a : aggregators) {
            int state = layout.stateIndex[a];
            if (state < 0) {
                if (folder == null) {
                    folder = new PartsFolder(layout, parts);
                }
                folder.select(a);
                layout.add(a, record, folder, source, line);
            } else {
                parts.states[state] = layout.add(a, parts.states[state], record, source, line);
            }
        }
    }

    /**
     * Combines two parts of one customer gathered apart.
     *
     * @param left  one part; changed and returned
     * @param right the other part; not to be used afterwards
     * @return the combination
     * @throws ArithmeticException when a sum leaves its column's range
     */
    public CustomerParts merge(CustomerParts left, CustomerParts right) {
        AggregationPlan layout = plan();
        left.emails.addAll(right.emails);
        left.uuids.addAll(right.uuids);
        left.transactionIds.addAll(right.transactionIds);
        for (int p = 0; p < layout.rowStride; p++) {
            if (layout.kinds[p] == AggregationPlan.DISTINCT_COUNT) {
                if (left.distinct[p] == null) {
                    left.distinct[p] = right.distinct[p];
                } else if (right.distinct[p] != null) {
                    left.distinct[p].addAll(right.distinct[p]);
                }
            } else {
                left.values[p] = SlotRules.combine(layout.kinds[p], left.values[p],
                        right.values[p], layout.slotNames[p]);
            }
        }
        for (int state = 0; state < layout.states; state++) {
            left.states[state] = layout.merge(layout.aggregatorOfState[state], left.states[state],
                    right.states[state]);
        }
        if (right.primaryLead != null && (left.primaryLead == null || isNewer(right.primaryLead,
                right.primaryOrder, left.primaryLead, left.primaryOrder))) {
            left.primaryLead = right.primaryLead;
            left.primaryOrder = right.primaryOrder;
        }
        left.hasActivity |= right.hasActivity;
        return left;
    }

    /**
     * The table row of a customer whose parts are all merged: its id from the smallest
     * identifier key, the primary lead's fields, the primary email, sorted identifiers and
     * transaction ids, and every aggregator's columns.
     *
     * @param parts the customer's merged parts; {@link CustomerParts#isKept()} must hold
     * @return the row
     * @throws IllegalArgumentException when the customer has neither a lead nor activity
     */
    public CustomerRow row(CustomerParts parts) {
        if (!parts.isKept()) {
            throw new IllegalArgumentException("a customer without lead or activity has no row");
        }
        AggregationPlan layout = plan();
        List<String> emails = sortedDistinct(parts.emails);
        List<String> uuids = sortedDistinct(parts.uuids);
        List<String> ids = new ArrayList<>(parts.transactionIds);
        Collections.sort(ids);
        Lead lead = parts.primaryLead;
        String primaryEmail = lead != null ? lead.email() : emails.isEmpty() ? null : emails.get(0);
        RowAggregates aggregates = new RowAggregates(layout);
        aggregates.load(parts);
        return table.row(customerId(emails.isEmpty() ? null : emails.get(0),
                uuids.isEmpty() ? null : uuids.get(0)), primaryEmail, emails, uuids, lead,
                Collections.unmodifiableList(ids), aggregates);
    }

    private static List<String> sortedDistinct(List<String> values) {
        List<String> sorted = new ArrayList<>(new HashSet<>(values));
        Collections.sort(sorted);
        return Collections.unmodifiableList(sorted);
    }

    /**
     * The customer id of a group: a name-based UUID of its smallest identifier key, the smallest
     * email's when it has one (every email key sorts before every UUID key).
     */
    static String customerId(String smallestEmail, String smallestUuid) {
        return customerUuid(smallestEmail, smallestUuid).toString();
    }

    static UUID customerUuid(String smallestEmail, String smallestUuid) {
        String anchor = smallestEmail != null ? emailKey(smallestEmail) : uuidKey(smallestUuid);
        return UUID.nameUUIDFromBytes(("customer360:" + anchor).getBytes(StandardCharsets.UTF_8));
    }
}
