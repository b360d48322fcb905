package io.customer360;

import io.customer360.model.Rejection;
import io.customer360.model.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Collects the rejections of a run and gives them back in SPEC §6 order. */
final class RejectBuffer {
    private final Map<Source, List<Rejection>> bySource = new EnumMap<>(Source.class);

    void add(Rejection rejection) {
        bySource.computeIfAbsent(rejection.source(), source -> new ArrayList<>()).add(rejection);
    }

    /** The rejections of one source in file order. */
    List<Rejection> of(Source source) {
        List<Rejection> rejections = bySource.getOrDefault(source, List.of());
        List<Rejection> sorted = new ArrayList<>(rejections);
        sorted.sort(Comparator.comparingLong(Rejection::line));
        return sorted;
    }

    /** Every rejection: sources in {@link Source} order, each in file order. */
    List<Rejection> all() {
        List<Rejection> all = new ArrayList<>();
        for (Source source : Source.values()) {
            all.addAll(of(source));
        }
        return all;
    }
}
