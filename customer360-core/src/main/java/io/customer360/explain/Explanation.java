package io.customer360.explain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Why one customer's identifiers are one customer: its rows of {@code customer_links.parquet}
 * arranged as a tree rooted at the anchor, the identifier the {@code customer_id} is made
 * from. Each identifier's parent is the one its row is {@link CustomerLink#linkedTo() linked
 * to}. Immutable.
 *
 * <p>Rows written by a run always form one tree. Rows that do not (more or fewer than one
 * root, a {@code linked_to} the customer does not hold, a cycle, an identifier in two rows)
 * are still arranged as far as they go, and {@link #problems()} says what is wrong.
 */
public final class Explanation {
    private static final Comparator<CustomerLink> BY_IDENTIFIER =
            Comparator.comparing(CustomerLink::identifier);

    private final String customerId;
    /** One row per identifier, in identifier order; of repeated identifiers the first row. */
    private final Map<String, CustomerLink> byIdentifier;
    /** The rows linked to each identifier, in identifier order. */
    private final Map<String, List<CustomerLink>> children;
    private final List<CustomerLink> roots;
    private final List<TreeEntry> tree;
    private final List<String> problems;

    private Explanation(String customerId, Map<String, CustomerLink> byIdentifier,
            int repeated) {
        this.customerId = customerId;
        this.byIdentifier = byIdentifier;
        Map<String, List<CustomerLink>> linked = new HashMap<>();
        List<CustomerLink> tops = new ArrayList<>();
        List<CustomerLink> dangling = new ArrayList<>();
        for (CustomerLink link : byIdentifier.values()) {
            if (link.isRoot()) {
                tops.add(link);
            } else if (byIdentifier.containsKey(link.linkedTo())) {
                linked.computeIfAbsent(link.linkedTo(), parent -> new ArrayList<>()).add(link);
            } else {
                dangling.add(link);
            }
        }
        this.children = linked;
        this.roots = List.copyOf(tops);
        List<TreeEntry> entries = new ArrayList<>(byIdentifier.size());
        Set<String> placed = new HashSet<>();
        for (CustomerLink root : roots) {
            placeFrom(root, entries, placed);
        }
        for (CustomerLink cut : dangling) {
            placeFrom(cut, entries, placed);
        }
        int beforeCycles = entries.size();
        for (CustomerLink link : byIdentifier.values()) {
            if (!placed.contains(link.identifier())) {
                placeFrom(cycleTop(link), entries, placed);
            }
        }
        this.tree = List.copyOf(entries);
        this.problems = describeProblems(repeated, dangling.size(), entries.size() - beforeCycles);
    }

    /**
     * The explanation of one customer.
     *
     * @param links the customer's rows, in any order
     * @return the explanation
     * @throws IllegalArgumentException when {@code links} is empty or its rows name more than
     *                                  one customer
     */
    public static Explanation of(List<CustomerLink> links) {
        if (links.isEmpty()) {
            throw new IllegalArgumentException("a customer has at least one identifier");
        }
        String customerId = links.get(0).customerId();
        List<CustomerLink> sorted = new ArrayList<>(links);
        sorted.sort(BY_IDENTIFIER); // stable: of repeated identifiers the first row stays first
        Map<String, CustomerLink> byIdentifier = new LinkedHashMap<>();
        int repeated = 0;
        for (CustomerLink link : sorted) {
            if (!link.customerId().equals(customerId)) {
                throw new IllegalArgumentException("the rows name more than one customer");
            }
            if (byIdentifier.putIfAbsent(link.identifier(), link) != null) {
                repeated++;
            }
        }
        return new Explanation(customerId, byIdentifier, repeated);
    }

    /**
     * The customer.
     *
     * @return its {@code customer_id}
     */
    public String customerId() {
        return customerId;
    }

    /**
     * The customer's identifiers, one row each.
     *
     * @return the rows in identifier order
     */
    public List<CustomerLink> links() {
        return List.copyOf(byIdentifier.values());
    }

    /**
     * The identifier the customer's tree is rooted at.
     *
     * @return the only row without {@code linked_to}, or empty when there is not exactly one
     */
    public Optional<CustomerLink> anchor() {
        return roots.size() == 1 ? Optional.of(roots.get(0)) : Optional.empty();
    }

    /**
     * What is wrong with the rows, for rows that do not form one tree.
     *
     * @return one sentence per problem, without identifiers; empty when the rows form one tree
     */
    public List<String> problems() {
        return problems;
    }

    /**
     * The row of an identifier as a person typed it ({@link CustomerLink#normalise}); the
     * customer's {@code customer_id} stands for its anchor.
     *
     * @param typed an e-mail, user UUID or the customer id
     * @return the identifier's row, or empty when the customer does not hold it
     */
    public Optional<CustomerLink> find(String typed) {
        String wanted = CustomerLink.normalise(typed);
        CustomerLink link = byIdentifier.get(wanted);
        if (link == null && wanted.equals(CustomerLink.normalise(customerId))) {
            return anchor();
        }
        return Optional.ofNullable(link);
    }

    /**
     * The whole customer, depth first: the anchor, then each identifier linked to it (in
     * identifier order), each followed by the identifiers linked to it, and so on. In rows
     * that do not form one tree, the other roots follow in identifier order, then the rows
     * linked to an identifier the customer does not hold, then each cycle of links from its
     * smallest identifier, each such top followed by the identifiers below it.
     *
     * @return every identifier once, with its depth
     */
    public List<TreeEntry> tree() {
        return tree;
    }

    /**
     * The chain of evidence between two identifiers: from {@code from} up to the lowest
     * identifier the two have in common on their ways to the anchor, then down to {@code to}.
     * Each step is one row's link. Two identifiers the same give no step.
     *
     * @param from an identifier of the customer as typed, or its customer id for the anchor
     * @param to   another such identifier
     * @return the steps in order, or empty when the rows do not connect the two (possible
     *         only when {@link #problems()} is not empty)
     * @throws IllegalArgumentException when the customer does not hold one of the two
     */
    public Optional<List<ChainStep>> chain(String from, String to) {
        List<CustomerLink> up = pathUp(held(from));
        List<CustomerLink> down = pathUp(held(to));
        Map<String, Integer> downAt = new HashMap<>();
        for (int i = 0; i < down.size(); i++) {
            downAt.put(down.get(i).identifier(), i);
        }
        for (int meet = 0; meet < up.size(); meet++) {
            Integer other = downAt.get(up.get(meet).identifier());
            if (other != null) {
                List<ChainStep> steps = new ArrayList<>();
                for (int i = 0; i < meet; i++) {
                    steps.add(new ChainStep(up.get(i), up.get(i + 1)));
                }
                for (int i = other; i > 0; i--) {
                    steps.add(new ChainStep(down.get(i), down.get(i - 1)));
                }
                return Optional.of(List.copyOf(steps));
            }
        }
        return Optional.empty();
    }

    private CustomerLink held(String typed) {
        return find(typed).orElseThrow(() -> new IllegalArgumentException(
                "not an identifier of customer " + customerId));
    }

    /** The identifier and those it is linked to in turn, until a root, a gap or a repeat. */
    private List<CustomerLink> pathUp(CustomerLink start) {
        List<CustomerLink> path = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CustomerLink at = start; at != null && seen.add(at.identifier());
                at = at.isRoot() ? null : byIdentifier.get(at.linkedTo())) {
            path.add(at);
        }
        return path;
    }

    /**
     * For an identifier below no root and no gap: the smallest identifier of the cycle its
     * links lead to.
     */
    private CustomerLink cycleTop(CustomerLink below) {
        List<CustomerLink> up = pathUp(below);
        String closing = up.get(up.size() - 1).linkedTo();
        int start = 0;
        while (!up.get(start).identifier().equals(closing)) {
            start++;
        }
        return up.subList(start, up.size()).stream().min(BY_IDENTIFIER).orElseThrow();
    }

    /** Depth first from {@code top}, without recursion: a chain may be long. */
    private void placeFrom(CustomerLink top, List<TreeEntry> entries, Set<String> placed) {
        Deque<TreeEntry> pending = new ArrayDeque<>();
        pending.push(new TreeEntry(0, top));
        while (!pending.isEmpty()) {
            TreeEntry entry = pending.pop();
            if (!placed.add(entry.link().identifier())) {
                continue;
            }
            entries.add(entry);
            List<CustomerLink> below = children.getOrDefault(entry.link().identifier(), List.of());
            for (int i = below.size() - 1; i >= 0; i--) {
                pending.push(new TreeEntry(entry.depth() + 1, below.get(i)));
            }
        }
    }

    private List<String> describeProblems(int repeated, int dangling, int inCycles) {
        List<String> found = new ArrayList<>();
        if (roots.isEmpty()) {
            found.add("no identifier is the anchor: every row has a linked_to");
        } else if (roots.size() > 1) {
            found.add(roots.size() + " identifiers have no linked_to, where only the anchor"
                    + " should have none");
        }
        if (dangling > 0) {
            found.add(count(dangling) + " linked to an identifier the customer does not hold");
        }
        if (inCycles > 0) {
            found.add(count(inCycles) + " on or below a cycle of links that never reaches the"
                    + " anchor");
        }
        if (repeated > 0) {
            found.add(repeated + (repeated == 1 ? " row repeats" : " rows repeat")
                    + " an identifier of an earlier row; the earlier row is used");
        }
        return List.copyOf(found);
    }

    private static String count(int identifiers) {
        return identifiers == 1 ? "1 identifier is" : identifiers + " identifiers are";
    }

    @Override
    public String toString() {
        // Never the identifiers: they are personal data.
        return "Explanation[" + customerId + ", " + byIdentifier.size() + " identifiers]";
    }
}
