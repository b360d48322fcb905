package io.customer360.engine;

import io.customer360.model.Source;
import io.customer360.output.CustomerLinks;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * One identity group after the over-merge guards: its identifiers, the links of its spanning
 * tree with their first evidence, and the guard that marks each of its identifiers, if any.
 * Its anchor, the identifier its customer id is made from, is its smallest identifier key (an
 * e-mail's key sorts before every user UUID's). Internal: not part of the library's API.
 */
public final class LinkedGroup implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The identifier keys, sorted. */
    private final List<String> members;
    /** The tree links, in no order. */
    private final List<EvidenceLink> treeLinks;
    /** The guard of each identifier a guard marks. */
    private final Map<String, String> guards;

    LinkedGroup(List<String> members, List<EvidenceLink> treeLinks, Map<String, String> guards) {
        List<String> sorted = new ArrayList<>(members);
        Collections.sort(sorted);
        this.members = sorted;
        this.treeLinks = new ArrayList<>(treeLinks);
        this.guards = new HashMap<>(guards);
    }

    /**
     * A group of one identifier that no link joins to another.
     *
     * @param identifier the identifier's key
     * @param guard      the guard that kept its links from being used
     *                   ({@link io.customer360.output.CustomerLinks#GUARD_BLOCKLIST} or
     *                   {@link io.customer360.output.CustomerLinks#GUARD_LINK_LIMIT}), or null
     * @return the group
     */
    public static LinkedGroup alone(String identifier, String guard) {
        return new LinkedGroup(List.of(identifier), List.of(),
                guard == null ? Map.of() : Map.of(identifier, guard));
    }

    /**
     * The identifier the group's customer id is made from.
     *
     * @return its key
     */
    public String anchor() {
        return members.get(0);
    }

    /**
     * The group's identifiers.
     *
     * @return their keys, sorted
     */
    public List<String> members() {
        return Collections.unmodifiableList(members);
    }

    /**
     * The links that joined the group's identifiers, a spanning tree of them.
     *
     * @return the tree links with their first evidence
     */
    public List<EvidenceLink> treeLinks() {
        return Collections.unmodifiableList(treeLinks);
    }

    /**
     * The customer id of the group, as the customer table gives it.
     *
     * @return the id made from the anchor
     */
    public String customerId() {
        String anchor = anchor();
        return DistributedRules.isEmailKey(anchor)
                ? DistributedRules.customerId(DistributedRules.valueOf(anchor), null)
                : DistributedRules.customerId(null, DistributedRules.valueOf(anchor));
    }

    /**
     * The group's rows of the merge explanations, in the order of {@link CustomerLinks#SCHEMA}'s
     * columns: the anchor's without evidence; every other identifier's naming its parent on the
     * tree path to the anchor and that tree link's first evidence.
     *
     * @param fileOf the path of a file, by source and file number (0 for a source read from one
     *               file), as the engine names it
     * @return one row per identifier, sorted by identifier (String order)
     */
    public List<Object[]> rows(BiFunction<Source, Integer, String> fileOf) {
        List<Object[]> rows = new ArrayList<>(members.size());
        for (ExplainedIdentifier explained : explanations()) {
            EvidenceLink evidence = explained.evidence();
            rows.add(explained.columns(evidence == null ? null
                    : fileOf.apply(evidence.source(), evidence.fileNumber())));
        }
        return rows;
    }

    /** What attached each identifier to the group, sorted by identifier (String order). */
    List<ExplainedIdentifier> explanations() {
        Map<String, List<EvidenceLink>> adjacent = new HashMap<>();
        for (EvidenceLink link : treeLinks) {
            adjacent.computeIfAbsent(link.uuidKey(), k -> new ArrayList<>()).add(link);
            adjacent.computeIfAbsent(link.emailKey(), k -> new ArrayList<>()).add(link);
        }
        String customerId = customerId();
        String anchor = anchor();
        List<ExplainedIdentifier> rows = new ArrayList<>(members.size());
        rows.add(new ExplainedIdentifier(customerId, anchor, null, null, guards.get(anchor)));
        Deque<String> reached = new ArrayDeque<>();
        reached.add(anchor);
        Map<String, EvidenceLink> parentLink = new HashMap<>();
        while (!reached.isEmpty()) {
            String identifier = reached.poll();
            for (EvidenceLink link : adjacent.getOrDefault(identifier, List.of())) {
                String child = link.uuidKey().equals(identifier) ? link.emailKey()
                        : link.uuidKey();
                if (parentLink.containsKey(child) || child.equals(anchor)) {
                    continue;
                }
                parentLink.put(child, link);
                rows.add(new ExplainedIdentifier(customerId, child, identifier, link,
                        guards.get(child)));
                reached.add(child);
            }
        }
        if (rows.size() != members.size()) {
            throw new IllegalStateException("the tree links of a group of " + members.size()
                    + " identifiers reach " + rows.size());
        }
        rows.sort(Comparator.comparing(ExplainedIdentifier::identifier));
        return rows;
    }

    @Override
    public String toString() {
        return "linked group: " + members.size() + " identifiers, " + treeLinks.size()
                + " tree links";
    }
}
