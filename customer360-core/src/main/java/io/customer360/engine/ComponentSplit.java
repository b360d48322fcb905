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
 * in the order of their first evidence ({@link EvidenceLink#BY_POSITION}); a link whose ends
 * are already in one group does nothing; a link that would make a group hold more identifiers
 * than the limit is refused (both its ends are marked {@link CustomerLinks#GUARD_CUSTOMER_LIMIT});
 * any other link merges the groups of its ends and becomes a link of their spanning tree. The
 * result does not depend on the order the links are given in. Internal: not part of the
 * library's API.
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
        Map<String, String> parent = new HashMap<>();
        Map<String, Integer> size = new HashMap<>();
        List<EvidenceLink> tree = new ArrayList<>();
        Map<String, String> guards = new HashMap<>();
        long refused = 0;
        for (EvidenceLink link : ordered) {
            String left = root(parent, size, link.uuidKey());
            String right = root(parent, size, link.emailKey());
            if (left.equals(right)) {
                continue;
            }
            int merged = size.get(left) + size.get(right);
            if (maxIdentifiers > 0 && merged > maxIdentifiers) {
                refused++;
                guards.put(link.uuidKey(), CustomerLinks.GUARD_CUSTOMER_LIMIT);
                guards.put(link.emailKey(), CustomerLinks.GUARD_CUSTOMER_LIMIT);
                continue;
            }
            boolean leftLarger = size.get(left) >= size.get(right);
            String kept = leftLarger ? left : right;
            parent.put(leftLarger ? right : left, kept);
            size.put(kept, merged);
            tree.add(link);
        }
        Map<String, List<String>> members = new HashMap<>();
        for (String identifier : parent.keySet()) {
            members.computeIfAbsent(root(parent, size, identifier), r -> new ArrayList<>())
                    .add(identifier);
        }
        Map<String, List<EvidenceLink>> treeLinks = new HashMap<>();
        for (EvidenceLink link : tree) {
            treeLinks.computeIfAbsent(root(parent, size, link.uuidKey()), r -> new ArrayList<>())
                    .add(link);
        }
        TreeMap<String, LinkedGroup> byAnchor = new TreeMap<>();
        members.forEach((root, identifiers) -> {
            Map<String, String> groupGuards = new HashMap<>();
            for (String identifier : identifiers) {
                String guard = guards.get(identifier);
                if (guard != null) {
                    groupGuards.put(identifier, guard);
                }
            }
            LinkedGroup group = new LinkedGroup(identifiers,
                    treeLinks.getOrDefault(root, List.of()), groupGuards);
            byAnchor.put(group.anchor(), group);
        });
        return new ComponentSplit(new ArrayList<>(byAnchor.values()), refused);
    }

    /** The root of an identifier's group, registering the identifier alone when new. */
    private static String root(Map<String, String> parent, Map<String, Integer> size,
            String identifier) {
        String root = parent.putIfAbsent(identifier, identifier);
        if (root == null) {
            size.put(identifier, 1);
            return identifier;
        }
        while (!root.equals(parent.get(root))) {
            root = parent.get(root);
        }
        String step = identifier;
        while (!step.equals(root)) {
            String next = parent.get(step);
            parent.put(step, root);
            step = next;
        }
        return root;
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
