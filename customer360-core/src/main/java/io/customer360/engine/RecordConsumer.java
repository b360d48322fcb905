package io.customer360.engine;

import io.customer360.error.Customer360Exception;
import io.customer360.identity.IdentifierBlocklist;
import io.customer360.model.Lead;
import io.customer360.model.ReasonCode;
import io.customer360.model.Source;
import io.customer360.read.RawRecord;
import io.customer360.validate.Violation;
import java.io.IOException;
import java.util.BitSet;
import java.util.Map;

/**
 * Applies parsed batches to the run's state: rejects go to the spools, duplicate checks run,
 * identifiers are coded and linked, and accepted activity is aggregated per UUID. Keeps only
 * per-identifier and per-customer state. Not thread-safe: batches may come from several
 * threads, but one at a time, each call ordered after the last (for example under one lock).
 */
final class RecordConsumer {
    final UuidIndex uuids = new UuidIndex();
    final Utf8Dictionary emails = new Utf8Dictionary();
    /** The accepted transaction ids, until {@link #finish} lays them out by UUID. */
    Utf8Dictionary transactionIds = new Utf8Dictionary();
    final AggregationPlan plan;
    /** The aggregator slots and states of every UUID. */
    final UuidAggregates aggregates;
    /** The UUID slot of each transaction id code, until {@link #finish} lays the ids out. */
    private IntPages slotOfCode = new IntPages();
    /** Each UUID's transaction ids, once {@link #finish} laid them out. */
    TransactionIdLists transactionIdLists;
    final LeadTable leads;
    final IdentityLinks links;
    private final RejectStore rejects;
    /** One spill per DISTINCT_COUNT slot of the plan, in its order. */
    private final DistinctSpill[] spills;
    private final Map<Source, SourceCounts> counts;
    /** Per record of the batch being applied, the hash of its UUID, then of its email. */
    private final int[] scratchHashes = new int[ParsedBatch.CAPACITY];
    /** Per record of the batch being applied, whether it is accepted so far and has an email. */
    private final boolean[] scratchWithEmail = new boolean[ParsedBatch.CAPACITY];
    /** Per record of the batch being applied, where its email's stored bytes are, or -1. */
    private final int[] scratchAddresses = new int[ParsedBatch.CAPACITY];
    /** Identifiers that never link, and whether any email or UUID can be on it. */
    private final IdentifierBlocklist blocklist;
    private final boolean checkEmails;
    private final boolean checkUuids;
    /** The email codes and UUID slots on the blocklist. */
    private final BitSet blockedEmails = new BitSet();
    private final BitSet blockedUuids = new BitSet();
    /** Links of accepted records not made because an identifier is on the blocklist. */
    long linksBlocked;
    /** What the last {@link UuidAggregates#touch} pass read, kept so that it is not optimised away. */
    private long warmed;

    RecordConsumer(RunSettings config, AggregationPlan plan, RejectStore rejects,
            DistinctSpill[] spills, Map<Source, SourceCounts> counts) {
        this.blocklist = config.blocklist() == null ? IdentifierBlocklist.NONE
                : config.blocklist();
        this.checkEmails = !blocklist.entries().isEmpty();
        this.checkUuids = blocklist.mayBlockUuids();
        this.links = IdentityLinks.of(config, uuids, emails);
        this.plan = plan;
        this.aggregates = new UuidAggregates(plan);
        this.rejects = rejects;
        this.spills = spills;
        this.counts = counts;
        SourceCounts leadCounts = counts.get(Source.LEADS);
        this.leads = leadCounts == null ? new LeadTable() : new LeadTable(leadCounts.files());
    }

    /**
     * Applies a batch to the state shared by all sources. Calls must not overlap; afterwards
     * call {@link #finishBatch} on the same thread.
     */
    void accept(ParsedBatch batch) throws IOException {
        readAhead(batch);
        if (batch.source == Source.TRANSACTIONS || batch.source == Source.WEB_ACTIVITY) {
            for (int i = 0; i < batch.size; i++) {
                if (batch.violations[i] == null) {
                    batch.emailCodes[i] = batch.emails[i] == null ? -1 : email(batch.emails[i]);
                }
            }
        }
        for (int i = 0; i < batch.size; i++) {
            RawRecord raw = batch.raws[i];
            if (batch.source == Source.LEADS && raw.file() != null) {
                // numbers the files of leads in reading order, before any is needed
                counts.get(Source.LEADS).files().numberOf(raw.file());
            }
            if (batch.violations[i] != null) {
                if (!batch.rejectsSpooled) {
                    rejects.reject(raw, batch.violations[i]);
                }
                continue;
            }
            try {
                acceptRecord(batch, i);
            } catch (ArithmeticException overflow) {
                throw new Customer360Exception(batch.source.reportName() + " "
                        + raw.position() + ": " + overflow.getMessage(), overflow);
            }
        }
    }

    /**
     * Reads what applying the batch's accepted records will read, in record order, one
     * dependent read per pass: the reads of a pass are independent of each other, so the
     * processor overlaps their cache misses instead of waiting for one after another. For
     * transactions and web events it also gives each record its UUID slot, whose aggregates it
     * then reads. Other sources' UUIDs and emails are only read, not yet added.
     */
    private void readAhead(ParsedBatch batch) {
        boolean activitySource = batch.source == Source.TRANSACTIONS
                || batch.source == Source.WEB_ACTIVITY;
        int[] hashes = scratchHashes;
        long sum = 0;
        if (batch.source != Source.LEADS) {
            for (int i = 0; i < batch.size; i++) {
                if (batch.violations[i] == null) {
                    hashes[i] = UuidIndex.hash(batch.uuidHigh[i], batch.uuidLow[i]);
                    sum += uuids.touchHome(hashes[i]);
                }
            }
            for (int i = 0; i < batch.size; i++) {
                if (batch.violations[i] == null) {
                    sum += uuids.touchMatch(hashes[i]);
                }
            }
        }
        if (activitySource) {
            for (int i = 0; i < batch.size; i++) {
                if (batch.violations[i] == null) {
                    batch.slots[i] = uuid(batch.uuidHigh[i], batch.uuidLow[i]);
                }
            }
            for (int i = 0; i < batch.size; i++) {
                if (batch.violations[i] == null) {
                    sum += aggregates.touch(batch.slots[i]);
                }
            }
        }
        boolean[] withEmail = scratchWithEmail;
        for (int i = 0; i < batch.size; i++) {
            withEmail[i] = batch.violations[i] == null && batch.emails[i] != null;
            if (withEmail[i]) {
                hashes[i] = Utf8Dictionary.hash(batch.emails[i], 0, batch.emails[i].length);
                sum += emails.touchHome(hashes[i]);
            }
        }
        int[] addresses = scratchAddresses;
        for (int i = 0; i < batch.size; i++) {
            addresses[i] = withEmail[i] ? emails.addressOfMatch(hashes[i]) : -1;
        }
        for (int i = 0; i < batch.size; i++) {
            sum += emails.touchValue(addresses[i]);
        }
        warmed = sum;
    }

    /**
     * Does what is left of a batch once {@link #accept} applied it, touching only what belongs
     * to the batch's source: its counts (every violation in the batch; rejects found by
     * {@code accept} itself are counted there) and the values its records gave DISTINCT_COUNT
     * slots, which go to their spills. Calls for different sources may overlap each other and
     * {@link #accept} (a DISTINCT_COUNT slot belongs to one source).
     */
    void finishBatch(ParsedBatch batch) {
        SourceCounts sourceCounts = counts.get(batch.source);
        sourceCounts.read(batch.size);
        for (int i = 0; i < batch.size; i++) {
            if (batch.violations[i] != null) {
                sourceCounts.rejected(batch.violations[i].code());
            }
            sourceCounts.readInFile(batch.raws[i], batch.violations[i] != null);
        }
        for (int k = 0; k < batch.distinctSize; k++) {
            spills[batch.distinctSpill[k]].add(batch.distinctUuid[k], batch.distinctValue[k]);
        }
    }

    private void acceptRecord(ParsedBatch batch, int i) throws IOException {
        Object record = batch.records[i];
        RawRecord raw = batch.raws[i];
        switch (batch.source) {
            case IDENTITY_MAP:
                link(uuid(batch.uuidHigh[i], batch.uuidLow[i]), email(batch.emails[i]),
                        Source.IDENTITY_MAP, raw);
                break;
            case LEADS:
                acceptLead((Lead) record, batch.emails[i], raw);
                break;
            case TRANSACTIONS:
                int slot = activityOf(batch.slots[i], batch.emailCodes[i], Source.TRANSACTIONS,
                        raw);
                slotOfCode.set(batch.codes[i], slot);
                aggregates.add(slot, plan.ofTransactions, record, batch, raw.line());
                break;
            case WEB_ACTIVITY:
                int webSlot = activityOf(batch.slots[i], batch.emailCodes[i],
                        Source.WEB_ACTIVITY, raw);
                aggregates.add(webSlot, plan.ofWebEvents, record, batch, raw.line());
                break;
            default:
                throw new IllegalStateException("unknown source " + batch.source);
        }
    }

    private void reject(RawRecord raw, Violation violation) throws IOException {
        SourceCounts sourceCounts = counts.get(raw.schema().source());
        sourceCounts.rejected(violation.code());
        sourceCounts.rejectedInFile(sourceCounts.files().numberOf(raw.file()));
        rejects.reject(raw, violation);
    }

    private void acceptLead(Lead lead, byte[] email, RawRecord raw) throws IOException {
        int code = email(email);
        long offset = rejects.spoolAcceptedLead(raw);
        int outcome = leads.offer(code, lead, leads.order(raw), offset);
        if (outcome == LeadTable.LOST) {
            reject(raw, RejectStore.DUPLICATE_LEAD);
        } else if (outcome == LeadTable.DISPLACED) {
            SourceCounts leadCounts = counts.get(Source.LEADS);
            leadCounts.rejected(ReasonCode.DUPLICATE_LEAD);
            leadCounts.rejectedInFile(FileOrder.fileOf(leads.lastDisplaced()));
        }
    }

    /** Links a UUID slot to an email code, unless the code is -1 (no email); returns the slot. */
    private int activityOf(int slot, int emailCode, Source evidence, RawRecord raw) {
        if (emailCode >= 0) {
            link(slot, emailCode, evidence, raw);
        }
        return slot;
    }

    /** Links a UUID slot and an email code on the evidence of {@code raw}. */
    private void link(int uuidSlot, int emailCode, Source evidence, RawRecord raw) {
        link(uuidSlot, emailCode, evidence, counts.get(evidence).files().order(raw));
    }

    /**
     * Links a UUID slot and an email code on the evidence of the record of {@code evidence}
     * with order key {@code order}, unless either identifier is on the blocklist (then the link
     * is counted as blocked instead).
     */
    private void link(int uuidSlot, int emailCode, Source evidence, long order) {
        if (blockedEmails.get(emailCode) || blockedUuids.get(uuidSlot)) {
            linksBlocked++;
            return;
        }
        links.link(uuidSlot, emailCode, LinkLedger.position(evidence, order));
    }

    /** Whether an identifier ({@link Groups} node) is on the blocklist. */
    boolean isBlocked(int node) {
        return Groups.isEmail(node) ? blockedEmails.get(Groups.index(node))
                : blockedUuids.get(Groups.index(node));
    }

    /** The file of a record of {@code source} with order key {@code order}, as a path. */
    String fileOf(Source source, long order) {
        SourceCounts sourceCounts = counts.get(source);
        int number = FileOrder.fileOf(order);
        return number == 0 ? sourceCounts.location() : sourceCounts.files().file(number);
    }

    private int uuid(long high, long low) {
        int before = uuids.size();
        int slot = uuids.add(high, low);
        if (slot == before) {
            links.uuid(slot);
            if (checkUuids && blocklist.blocks(uuids.get(slot))) {
                blockedUuids.set(slot);
            }
        }
        return slot;
    }

    private int email(byte[] email) {
        int code = emails.add(email);
        if (code >= 0) {
            links.email(code);
            if (checkEmails && blocklist.blocks(emails.get(code))) {
                blockedEmails.set(code);
            }
            return code;
        }
        return -(code + 1);
    }

    /**
     * Links each newest lead's UUID and frees what only reading needed. Call once every source
     * was read to its end, after the last use of {@link #transactionIds} by the transaction
     * reader.
     */
    void finish() {
        for (int code = 0; code < emails.size(); code++) {
            if (leads.has(code)) {
                String userUuid = leads.userUuid(code);
                if (userUuid != null) {
                    link(uuid(UuidIndex.high(userUuid), UuidIndex.low(userUuid)), code,
                            Source.LEADS, leads.orderOf(code));
                }
            }
        }
        links.resolve(uuids.size(), emails.size());
        transactionIds.dropIndex();
        transactionIdLists = TransactionIdLists.layOut(transactionIds, slotOfCode, uuids.size());
        transactionIds = null;
        slotOfCode = null;
    }
}
