package io.customer360.identity;

import io.customer360.model.Source;
import java.util.Arrays;

/**
 * Connected components by union-find over identifier numbers, with path halving and union by
 * size; arrays grow with the largest number seen.
 */
final class ConnectedComponents implements IdentityResolver {
    private int[] parent = new int[64];
    private int[] size = new int[64];
    private int elements;

    @Override
    public void add(int identifier) {
        if (identifier < 0) {
            throw new IllegalArgumentException("identifier must be 0 or more but was " + identifier);
        }
        if (identifier >= parent.length) {
            int capacity = Math.max(identifier + 1, parent.length + (parent.length >> 1));
            parent = Arrays.copyOf(parent, capacity);
            size = Arrays.copyOf(size, capacity);
        }
        for (int i = elements; i <= identifier; i++) {
            parent[i] = i;
            size[i] = 1;
        }
        elements = Math.max(elements, identifier + 1);
    }

    @Override
    public void link(int left, int right, Source evidence) {
        int a = group(left);
        int b = group(right);
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

    @Override
    public int group(int identifier) {
        if (identifier < 0 || identifier >= elements) {
            throw new IllegalArgumentException("identifier " + identifier + " was not added");
        }
        int element = identifier;
        while (parent[element] != element) {
            parent[element] = parent[parent[element]];
            element = parent[element];
        }
        return element;
    }
}
