package io.customer360.identity;

import java.util.Arrays;

/**
 * Disjoint sets of the ints 0, 1, 2, … (union-find with path halving and union by size), for
 * resolvers that number their identifiers. Elements exist from their first use.
 */
public final class DisjointSets {
    private int[] parent = new int[64];
    private int[] size = new int[64];
    private int elements;

    /**
     * Makes {@code element} (and every smaller int) exist, each in a set of its own.
     *
     * @param element the largest element to make exist; 0 or more
     */
    public void add(int element) {
        if (element < 0) {
            throw new IllegalArgumentException("element must be 0 or more but was " + element);
        }
        if (element >= parent.length) {
            int grown = Math.max(element + 1, parent.length * 2);
            parent = Arrays.copyOf(parent, grown);
            size = Arrays.copyOf(size, grown);
        }
        while (elements <= element) {
            parent[elements] = elements;
            size[elements] = 1;
            elements++;
        }
    }

    /**
     * Puts the sets of {@code left} and {@code right} together.
     *
     * @param left  an element
     * @param right another element
     */
    public void union(int left, int right) {
        int a = find(left);
        int b = find(right);
        if (a == b) {
            return;
        }
        if (size[a] < size[b]) {
            int swap = a;
            a = b;
            b = swap;
        }
        parent[b] = a;
        size[a] += size[b];
    }

    /**
     * The representative of the set of {@code element}; the same for every member.
     *
     * @param element an element that exists
     * @return the representative element
     */
    public int find(int element) {
        add(element);
        int i = element;
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
