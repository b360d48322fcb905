package io.customer360.engine;

import io.customer360.output.CustomerLinks;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The customers one connected set of links makes under the customer limit: the links are taken
 * in the order of their first evidence ({@link EvidenceLink#BY_POSITION}) and given to a
 * {@link CappedUnion}, the local engine's rule; a link it refuses marks both its ends
 * {@link CustomerLinks#GUARD_CUSTOMER_LIMIT}; a link that joins two groups becomes a link of
 * their spanning tree. The result does not depend on the order the links are given in; a
 * distributed engine splits each connected component of the used links in one task. Internal:
 * not part of the library's API.
 */
public final class ComponentSplit implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The groups, by anchor. */
    private final List<LinkedGroup> groups;
    /** The links refused because of the customer limit. */
    private final long refused;

    private ComponentSplit(List<LinkedGroup> groups, long refused) {
        this.groups = groups;
        this.refused = refused;
    }

    /**
     * Splits links into groups.
     *
     * @param links          distinct links, each with its first evidence, in any order
     * @param maxIdentifiers the most identifiers a group may hold, or 0 for no limit
     * @return the groups of every identifier the links name
     */
    public static ComponentSplit of(Iterable<EvidenceLink> links, int maxIdentifiers) {
        List<EvidenceLink> ordered = new ArrayList<>();
        links.forEach(ordered::add);
        ordered.sort(EvidenceLink.BY_POSITION);
        Map<String, Integer> numbers = new HashMap<>();
        List<String> identifiers = new ArrayList<>();
        int[] ends = new int[2 * ordered.size()];
        for (int i = 0; i < ordered.size(); i++) {
            ends[2 * i] = number(numbers, identifiers, ordered.get(i).uuidKey());
            ends[2 * i + 1] = number(numbers, identifiers, ordered.get(i).emailKey());
        }
        CappedUnion union = new CappedUnion(identifiers.size(), maxIdentifiers);
        List<EvidenceLink> tree = new ArrayList<>();
        Map<String, String> guards = new HashMap<>();
        long refused = 0;
        for (int i = 0; i < ordered.size(); i++) {
            EvidenceLink link = ordered.get(i);
            int outcome = union.link(ends[2 * i], ends[2 * i + 1]);
            if (outcome == CappedUnion.JOINED) {
                tree.add(link);
            } else if (outcome == CappedUnion.REFUSED) {
                refused++;
                guards.put(link.uuidKey(), CustomerLinks.GUARD_CUSTOMER_LIMIT);
                guards.put(link.emailKey(), CustomerLinks.GUARD_CUSTOMER_LIMIT);
            }
        }
        Map<Integer, List<String>> members = new HashMap<>();
        for (int i = 0; i < identifiers.size(); i++) {
            members.computeIfAbsent(union.group(i), g -> new ArrayList<>())
                    .add(identifiers.get(i));
        }
        Map<Integer, List<EvidenceLink>> treeLinks = new HashMap<>();
        for (EvidenceLink link : tree) {
            treeLinks.computeIfAbsent(union.group(numbers.get(link.uuidKey())),
                    g -> new ArrayList<>()).add(link);
        }
        TreeMap<String, LinkedGroup> byAnchor = new TreeMap<>();
        members.forEach((group, keys) -> {
            Map<String, String> groupGuards = new HashMap<>();
            for (String key : keys) {
                String guard = guards.get(key);
                if (guard != null) {
                    groupGuards.put(key, guard);
                }
            }
            LinkedGroup linked = new LinkedGroup(keys, treeLinks.getOrDefault(group, List.of()),
                    groupGuards);
            byAnchor.put(linked.anchor(), linked);
        });
        return new ComponentSplit(new ArrayList<>(byAnchor.values()), refused);
    }

    /** The number of an identifier within the component, numbering it when new. */
    private static int number(Map<String, Integer> numbers, List<String> identifiers,
            String key) {
        Integer number = numbers.get(key);
        if (number == null) {
            number = identifiers.size();
            numbers.put(key, number);
            identifiers.add(key);
        }
        return number;
    }

    /**
     * The groups, in anchor order.
     *
     * @return every group the links make, each with its tree links
     */
    public List<LinkedGroup> groups() {
        return Collections.unmodifiableList(groups);
    }

    /**
     * The links refused because they would have made a group hold more identifiers than the
     * limit.
     *
     * @return their number
     */
    public long linksOverLimit() {
        return refused;
    }
}
