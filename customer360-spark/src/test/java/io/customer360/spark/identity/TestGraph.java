package io.customer360.spark.identity;

import io.customer360.identity.IdentityResolver;
import io.customer360.model.Source;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A graph for tests: edges as given to the job (in their order, with self-loops, duplicates
 * and reversed copies as built) and ids to label even without an edge.
 */
record TestGraph(List<long[]> edges, List<Long> isolated) {

    TestGraph {
        edges = List.copyOf(edges);
        isolated = List.copyOf(isolated);
    }

    /**
     * The labels core's union-find gives: each vertex's component's smallest id.
     *
     * @return label by id
     */
    Map<Long, Long> expectedLabels() {
        Set<Long> vertices = new LinkedHashSet<>();
        for (long[] edge : edges) {
            vertices.add(edge[0]);
            vertices.add(edge[1]);
        }
        vertices.addAll(isolated);
        Map<Long, Integer> numbers = new HashMap<>();
        List<Long> ids = new ArrayList<>(vertices);
        IdentityResolver resolver = IdentityResolver.connectedComponents();
        for (int i = 0; i < ids.size(); i++) {
            numbers.put(ids.get(i), i);
            resolver.add(i);
        }
        for (long[] edge : edges) {
            resolver.link(numbers.get(edge[0]), numbers.get(edge[1]), Source.IDENTITY_MAP);
        }
        Map<Integer, Long> smallestOfGroup = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            smallestOfGroup.merge(resolver.group(i), ids.get(i), Math::min);
        }
        Map<Long, Long> labels = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            labels.put(ids.get(i), smallestOfGroup.get(resolver.group(i)));
        }
        return labels;
    }

    /**
     * The same graph with its edges in another order, about half of them reversed.
     *
     * @param seed the shuffle's seed
     * @return the reordered graph
     */
    TestGraph reordered(long seed) {
        Random random = new Random(seed);
        List<long[]> copy = new ArrayList<>();
        for (long[] edge : edges) {
            copy.add(random.nextBoolean() ? edge : new long[] {edge[1], edge[0]});
        }
        Collections.shuffle(copy, random);
        List<Long> ids = new ArrayList<>(isolated);
        Collections.shuffle(ids, random);
        return new TestGraph(copy, ids);
    }

    /** The order of ids along a chain. */
    enum Order { INCREASING, DECREASING, RANDOM }

    /**
     * A path of {@code length} vertices, ids from {@code base} on.
     *
     * @param length the vertices
     * @param base   the smallest id
     * @param order  how ids follow each other along the path
     * @param seed   the seed of a random order
     * @return the chain, no isolated ids
     */
    static TestGraph chain(int length, long base, Order order, long seed) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            ids.add(base + i);
        }
        if (order == Order.DECREASING) {
            Collections.reverse(ids);
        } else if (order == Order.RANDOM) {
            Collections.shuffle(ids, new Random(seed));
        }
        List<long[]> edges = new ArrayList<>();
        for (int i = 1; i < length; i++) {
            edges.add(new long[] {ids.get(i - 1), ids.get(i)});
        }
        return new TestGraph(edges, List.of());
    }

    /**
     * A random graph: many small components (random trees and cycles of 2 to 6 vertices),
     * a few big stars (hundreds of leaves, centre not the smallest id), a chain of
     * {@code chainLength} vertices in random id order, extra random edges inside components,
     * self-loops, duplicate and reversed edges, isolated ids (some of them also in edges, some
     * repeated). Ids are spread over the long range, negatives included.
     *
     * @param seed        the seed
     * @param chainLength the vertices of the long chain
     * @return the graph
     */
    static TestGraph random(long seed, int chainLength) {
        Random random = new Random(seed);
        Set<Long> used = new LinkedHashSet<>();
        List<long[]> edges = new ArrayList<>();
        List<Long> isolated = new ArrayList<>();
        // Small components.
        for (int c = 0; c < 600; c++) {
            List<Long> members = freshIds(random, used, 2 + random.nextInt(5));
            for (int i = 1; i < members.size(); i++) {
                edges.add(new long[] {members.get(random.nextInt(i)), members.get(i)});
            }
            if (random.nextInt(4) == 0) {
                edges.add(new long[] {members.get(members.size() - 1), members.get(0)});
            }
        }
        // Big stars.
        for (int s = 0; s < 3; s++) {
            List<Long> members = freshIds(random, used, 200 + random.nextInt(300));
            long centre = members.get(1 + random.nextInt(members.size() - 1));
            for (long leaf : members) {
                if (leaf != centre) {
                    edges.add(random.nextBoolean() ? new long[] {centre, leaf}
                            : new long[] {leaf, centre});
                }
            }
        }
        // A long chain.
        List<Long> chain = freshIds(random, used, chainLength);
        for (int i = 1; i < chain.size(); i++) {
            edges.add(new long[] {chain.get(i - 1), chain.get(i)});
        }
        // Two components joined by one edge between random members.
        List<Long> all = new ArrayList<>(used);
        for (int j = 0; j < 50; j++) {
            edges.add(new long[] {all.get(random.nextInt(all.size())),
                all.get(random.nextInt(all.size()))});
        }
        // Self-loops: on vertices with edges and on vertices with no other edge.
        for (int j = 0; j < 30; j++) {
            long id = all.get(random.nextInt(all.size()));
            edges.add(new long[] {id, id});
        }
        for (long id : freshIds(random, used, 20)) {
            edges.add(new long[] {id, id});
        }
        // Duplicates and reversed copies.
        int size = edges.size();
        for (int j = 0; j < 500; j++) {
            long[] edge = edges.get(random.nextInt(size));
            edges.add(random.nextBoolean() ? edge.clone() : new long[] {edge[1], edge[0]});
        }
        // Isolated ids: fresh ones, some repeated, and some that also have edges.
        List<Long> fresh = freshIds(random, used, 300);
        isolated.addAll(fresh);
        isolated.addAll(fresh.subList(0, 20));
        for (int j = 0; j < 40; j++) {
            isolated.add(all.get(random.nextInt(all.size())));
        }
        return new TestGraph(edges, isolated).reordered(seed);
    }

    private static List<Long> freshIds(Random random, Set<Long> used, int count) {
        List<Long> ids = new ArrayList<>();
        while (ids.size() < count) {
            // Mostly near zero (both signs) so that ids of one component interleave; some far.
            long id = random.nextInt(8) == 0 ? random.nextLong()
                    : random.nextInt(2_000_000) - 1_000_000L;
            if (used.add(id)) {
                ids.add(id);
            }
        }
        return ids;
    }
}
