package io.customer360.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The benchmark's command-line options.
 *
 * @param sizes the sizes to run, in order
 * @param runs  timed runs per engine and size
 * @param warmups untimed runs per engine and size before the timed ones
 * @param heap  the {@code -Xmx} of each forked run of customer360 and DuckDB
 * @param seed  the generator seed
 * @param work  where data is generated and outputs written
 * @param json  where the results are saved
 * @param engines          the engines to time, in order
 * @param customAggregator the custom aggregator customer360 runs with: {@code none},
 *     {@code slot} or {@code state} (see {@link RunPipeline})
 * @param sparkJar  the Spark module's runnable jar, relative to the working directory unless
 *     absolute
 * @param sparkHeap the {@code -Xmx} of each forked run of Spark
 * @param launcher  customer360's command line, the examples module's launcher script, relative
 *     to the working directory unless absolute; null ({@code --launcher none}) to run
 *     {@link RunPipeline} on the harness's class path instead
 */
record BenchmarkOptions(List<BenchmarkSize> sizes, int runs, int warmups, String heap, long seed,
        Path work, Path json, List<Engine> engines, String customAggregator, Path sparkJar,
        String sparkHeap, Path launcher) {
    static final String USAGE = "usage: Benchmark [--sizes small,medium,large] [--runs 3]"
            + " [--warmups 1]"
            + " [--heap 1g] [--seed 42] [--work target/benchmark-data]"
            + " [--json target/benchmark-results.json] [--engines customer360,duckdb,spark]"
            + " [--custom-aggregator none|slot|state]"
            + " [--spark-jar customer360-spark/target/customer360-spark.jar] [--spark-heap 2g]"
            + " [--launcher customer360-examples/target/customer360|none]";
    /** The default {@code --spark-jar}, where the Spark module's build writes it. */
    static final Path DEFAULT_SPARK_JAR = Path.of("customer360-spark", "target",
            "customer360-spark.jar");
    /** The command, run from the repository root, that builds {@link #DEFAULT_SPARK_JAR}. */
    static final String SPARK_BUILD = "mvn -B -q package -DskipTests -pl customer360-spark -am";
    /** The default {@code --launcher}, where the examples module's build writes it. */
    static final Path DEFAULT_LAUNCHER = Path.of("customer360-examples", "target", "customer360");
    /** The command, run from the repository root, that builds {@link #DEFAULT_LAUNCHER}. */
    static final String LAUNCHER_BUILD = "mvn -B -q package -DskipTests -pl customer360-examples -am";

    static BenchmarkOptions parse(String[] args) {
        List<BenchmarkSize> sizes = List.of(BenchmarkSize.SMALL, BenchmarkSize.MEDIUM);
        int runs = 3;
        int warmups = 1;
        String heap = "1g";
        long seed = 42;
        Path work = Path.of("target", "benchmark-data");
        Path json = Path.of("target", "benchmark-results.json");
        List<Engine> engines = List.of(Engine.CUSTOMER360, Engine.DUCKDB);
        String customAggregator = "none";
        Path sparkJar = DEFAULT_SPARK_JAR;
        String sparkHeap = "2g";
        Path launcher = DEFAULT_LAUNCHER;
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
                case "--warmups" -> warmups = Integer.parseInt(value);
                case "--heap" -> heap = ForkedJvm.checkHeap("--heap", value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--work" -> work = Path.of(value);
                case "--json" -> json = Path.of(value);
                case "--engines" -> {
                    List<Engine> chosen = new ArrayList<>();
                    for (String label : value.split(",")) {
                        Engine engine = Engine.of(label);
                        if (chosen.contains(engine)) {
                            throw new IllegalArgumentException("--engines names "
                                    + engine.label() + " twice");
                        }
                        chosen.add(engine);
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
                case "--spark-jar" -> sparkJar = Path.of(value);
                case "--spark-heap" -> sparkHeap = ForkedJvm.checkHeap("--spark-heap", value);
                case "--launcher" -> launcher = value.equals("none") ? null : Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be 1 or more but was " + runs);
        }
        if (warmups < 0) {
            throw new IllegalArgumentException("warmups must be 0 or more but was " + warmups);
        }
        return new BenchmarkOptions(sizes, runs, warmups, heap, seed, work, json, engines,
                customAggregator, sparkJar, sparkHeap, launcher);
    }

    /**
     * Whether customer360 runs through {@link #launcher}: unless it is {@code none} or a custom
     * aggregator is asked for, which only {@link RunPipeline} adds.
     */
    boolean usesLauncher() {
        return launcher != null && customAggregator.equals("none");
    }

    /** The {@code -Xmx} of an engine's runs: {@link #sparkHeap} for Spark, else {@link #heap}. */
    String heap(Engine engine) {
        return engine == Engine.SPARK ? sparkHeap : heap;
    }

    /**
     * Why the benchmark cannot start, as one line, when it is to run Spark and the Spark jar
     * is not a file, or customer360 through a launcher that is not an executable file; empty
     * otherwise.
     */
    Optional<String> missingProgram() {
        if (engines.contains(Engine.SPARK) && !Files.isRegularFile(sparkJar)) {
            return Optional.of("The Spark jar " + sparkJar.toAbsolutePath().normalize()
                    + " does not exist: build it from the repository root with " + SPARK_BUILD
                    + " (it writes " + DEFAULT_SPARK_JAR + "), or give its path with"
                    + " --spark-jar PATH");
        }
        if (engines.contains(Engine.CUSTOMER360) && usesLauncher()
                && !(Files.isRegularFile(launcher) && Files.isExecutable(launcher))) {
            return Optional.of("The customer360 launcher " + launcher.toAbsolutePath().normalize()
                    + " is not an executable file: build it from the repository root with "
                    + LAUNCHER_BUILD + " (it writes " + DEFAULT_LAUNCHER + "), give its path with"
                    + " --launcher PATH, or run RunPipeline on the harness's class path with"
                    + " --launcher none");
        }
        return Optional.empty();
    }
}
