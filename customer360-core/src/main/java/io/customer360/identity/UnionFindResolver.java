package io.customer360.identity;

import io.customer360.model.Source;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The default resolver: every pair of linked identifiers is one customer, transitively
 * (connected components, by {@link DisjointSets}).
 */
public final class UnionFindResolver implements IdentityResolver {
    private final Map<String, Integer> indexByKey = new HashMap<>();
    private final List<String> keys = new ArrayList<>();
    private final DisjointSets sets = new DisjointSets();

    @Override
    public void add(String identifier) {
        indexOf(identifier);
    }

    @Override
    public void link(String left, String right, Source evidence) {
        sets.union(indexOf(left), indexOf(right));
    }

    @Override
    public Collection<List<String>> groups() {
        Map<Integer, List<String>> byRoot = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            byRoot.computeIfAbsent(sets.find(i), root -> new ArrayList<>()).add(keys.get(i));
        }
        return byRoot.values();
    }

    private int indexOf(String key) {
        Integer index = indexByKey.get(key);
        if (index != null) {
            return index;
        }
        int next = keys.size();
        keys.add(key);
        indexByKey.put(key, next);
        sets.add(next);
        return next;
    }
}
