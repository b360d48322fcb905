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
 */
record BenchmarkOptions(List<BenchmarkSize> sizes, int runs, String heap, long seed, Path work,
        Path json) {
    static final String USAGE = "usage: Benchmark [--sizes small,medium,large] [--runs 3]"
            + " [--heap 1g] [--seed 42] [--work target/benchmark-data]"
            + " [--json target/benchmark-results.json]";

    static BenchmarkOptions parse(String[] args) {
        List<BenchmarkSize> sizes = List.of(BenchmarkSize.SMALL, BenchmarkSize.MEDIUM);
        int runs = 3;
        String heap = "1g";
        long seed = 42;
        Path work = Path.of("target", "benchmark-data");
        Path json = Path.of("target", "benchmark-results.json");
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
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be 1 or more but was " + runs);
        }
        return new BenchmarkOptions(sizes, runs, heap, seed, work, json);
    }
}
