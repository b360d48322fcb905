package io.customer360.engine;

/**
 * Customers grown link by link under the customer limit: groups of identifiers numbered from 0,
 * merged by {@link #link} in the order links are given, except that a link which would make a
 * group hold more identifiers than the limit is refused. Given links in evidence order, both
 * engines form the same customers from the same links. Not thread-safe.
 */
public final class CappedUnion {
    /** {@link #link}: the two identifiers were in different groups, which are now one. */
    public static final int JOINED = 0;
    /** {@link #link}: the two identifiers were in one group already. */
    public static final int SAME_GROUP = 1;
    /** {@link #link}: the merged group would have held more identifiers than the limit. */
    public static final int REFUSED = 2;

    private final int[] parent;
    private final int[] size;
    private final int limit;

    /**
     * Each of {@code identifiers} identifiers in a group of its own.
     *
     * @param identifiers how many identifiers, numbered from 0
     * @param limit       the most identifiers a group may hold; 0 for no limit
     */
    public CappedUnion(int identifiers, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 or more but was " + limit);
        }
        this.parent = new int[identifiers];
        this.size = new int[identifiers];
        for (int i = 0; i < identifiers; i++) {
            parent[i] = i;
            size[i] = 1;
        }
        this.limit = limit;
    }

    /**
     * Merges the groups of two identifiers unless they are one group already or the merged
     * group would be larger than the limit.
     *
     * @param left  an identifier
     * @param right another identifier
     * @return {@link #JOINED}, {@link #SAME_GROUP} or {@link #REFUSED}
     */
    public int link(int left, int right) {
        int a = group(left);
        int b = group(right);
        if (a == b) {
            return SAME_GROUP;
        }
        if (limit > 0 && (long) size[a] + size[b] > limit) {
            return REFUSED;
        }
        if (size[a] < size[b]) {
            int swap = a;
            a = b;
            b = swap;
        }
        parent[b] = a;
        size[a] += size[b];
        return JOINED;
    }

    /**
     * The group of an identifier: one of its group's identifiers, the same for all of them.
     *
     * @param identifier an identifier
     * @return its group's representative
     */
    public int group(int identifier) {
        int element = identifier;
        while (parent[element] != element) {
            parent[element] = parent[parent[element]];
            element = parent[element];
        }
        return element;
    }

    /**
     * How many identifiers the group of {@code identifier} holds.
     *
     * @param identifier an identifier
     * @return its group's size
     */
    public int groupSize(int identifier) {
        return size[group(identifier)];
    }
}
