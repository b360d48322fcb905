package io.customer360.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's command-line options.
 *
 * @param sizes the sizes to run, in order
 * @param runs  timed runs per engine and size
 * @param heap  the {@code -Xmx} of each forked run
 * @param seed  the generator seed
 * @param work  where data is generated and outputs written
 * @param json  where the results are saved
 * @param engines          the engines to time, in order
 * @param customAggregator the custom aggregator customer360 runs with: {@code none},
 *     {@code slot} or {@code state} (see {@link RunPipeline})
 */
record BenchmarkOptions(List<BenchmarkSize> sizes, int runs, String heap, long seed, Path work,
        Path json, List<Engine> engines, String customAggregator) {
    static final String USAGE = "usage: Benchmark [--sizes small,medium,large] [--runs 3]"
            + " [--heap 1g] [--seed 42] [--work target/benchmark-data]"
            + " [--json target/benchmark-results.json] [--engines customer360,duckdb]"
            + " [--custom-aggregator none|slot|state]";

    static BenchmarkOptions parse(String[] args) {
        List<BenchmarkSize> sizes = List.of(BenchmarkSize.SMALL, BenchmarkSize.MEDIUM);
        int runs = 3;
        String heap = "1g";
        long seed = 42;
        Path work = Path.of("target", "benchmark-data");
        Path json = Path.of("target", "benchmark-results.json");
        List<Engine> engines = List.of(Engine.CUSTOMER360, Engine.DUCKDB);
        String customAggregator = "none";
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + args[i]);
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--sizes" -> {
                    List<BenchmarkSize> chosen = new ArrayList<>();
                    for (String label : value.split(",")) {
                        chosen.add(BenchmarkSize.of(label));
                    }
                    sizes = List.copyOf(chosen);
                }
                case "--runs" -> runs = Integer.parseInt(value);
                case "--heap" -> heap = value;
                case "--seed" -> seed = Long.parseLong(value);
                case "--work" -> work = Path.of(value);
                case "--json" -> json = Path.of(value);
                case "--engines" -> {
                    List<Engine> chosen = new ArrayList<>();
                    for (String label : value.split(",")) {
                        chosen.add(Engine.of(label));
                    }
                    engines = List.copyOf(chosen);
                }
                case "--custom-aggregator" -> {
                    if (!List.of("none", "slot", "state").contains(value)) {
                        throw new IllegalArgumentException("--custom-aggregator takes none, slot"
                                + " or state but was " + value);
                    }
                    customAggregator = value;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be 1 or more but was " + runs);
        }
        return new BenchmarkOptions(sizes, runs, heap, seed, work, json, engines,
                customAggregator);
    }
}
