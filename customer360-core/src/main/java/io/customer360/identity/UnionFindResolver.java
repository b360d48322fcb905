package io.customer360.identity;

import io.customer360.model.Source;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The default resolver: every pair of linked identifiers is one customer, transitively
 * (connected components, by union-find with path halving and union by size).
 */
public final class UnionFindResolver implements IdentityResolver {
    private final Map<String, Integer> indexByKey = new HashMap<>();
    private final List<String> keys = new ArrayList<>();
    private int[] parent = new int[16];
    private int[] size = new int[16];

    @Override
    public void add(String identifier) {
        indexOf(identifier);
    }

    @Override
    public void link(String left, String right, Source evidence) {
        int a = find(indexOf(left));
        int b = find(indexOf(right));
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
    public Collection<List<String>> groups() {
        Map<Integer, List<String>> byRoot = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            byRoot.computeIfAbsent(find(i), root -> new ArrayList<>()).add(keys.get(i));
        }
        return byRoot.values();
    }

    private int indexOf(String key) {
        Integer index = indexByKey.get(key);
        if (index != null) {
            return index;
        }
        int next = keys.size();
        if (next == parent.length) {
            parent = Arrays.copyOf(parent, next * 2);
            size = Arrays.copyOf(size, next * 2);
        }
        parent[next] = next;
        size[next] = 1;
        keys.add(key);
        indexByKey.put(key, next);
        return next;
    }

    private int find(int index) {
        int i = index;
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
