package io.customer360.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A pipeline the benchmark times, each run in a forked JVM. */
enum Engine {
    /**
     * The local engine: customer360's command line, the examples module's launcher script with
     * its JVM options; or {@link RunPipeline} on the harness's class path with
     * {@code --launcher none} or a custom aggregator.
     */
    CUSTOMER360("customer360"),
    /** The DuckDB peer: {@link DuckDbPipeline} on the harness's class path. */
    DUCKDB("duckdb"),
    /**
     * The Spark module's runnable jar in local mode ({@value #SPARK_MASTER}): its manifest has
     * the class path and the {@code Add-Opens} Spark needs on Java 17.
     */
    SPARK("spark");

    /** The Spark master of the {@link #SPARK} engine: local mode with two worker threads. */
    static final String SPARK_MASTER = "local[2]";

    private final String label;

    Engine(String label) {
        this.label = label;
    }

    /** The engine of a label, e.g. {@code duckdb}. */
    static Engine of(String label) {
        for (Engine engine : values()) {
            if (engine.label.equals(label.strip())) {
                return engine;
            }
        }
        throw new IllegalArgumentException("engine must be one of "
                + Arrays.stream(values()).map(Engine::label).collect(Collectors.joining(", "))
                + " but was " + label);
    }

    String label() {
        return label;
    }

    /**
     * The child JVM that runs this engine once on the inputs in {@code in}, writing to
     * {@code out}, with the heap and settings of {@code options}.
     */
    ForkedJvm fork(BenchmarkOptions options, Path in, Path out) {
        ForkedJvm.Builder jvm = ForkedJvm.builder().heap(options.heap(this));
        switch (this) {
            case CUSTOMER360 -> {
                if (options.usesLauncher()) {
                    return jvm.launcher(options.launcher().toAbsolutePath().normalize())
                            .arguments(List.of(in.toAbsolutePath().normalize().toString(),
                                    out.toAbsolutePath().normalize().toString()))
                            .build();
                }
                List<String> arguments = new ArrayList<>(List.of(in.toString(), out.toString()));
                if (!options.customAggregator().equals("none")) {
                    arguments.add("--custom-aggregator=" + options.customAggregator());
                }
                jvm.mainClass(RunPipeline.class.getName()).arguments(arguments);
            }
            case DUCKDB -> jvm.mainClass(DuckDbPipeline.class.getName())
                    .arguments(List.of(in.toString(), out.toString()));
            case SPARK -> jvm.jar(options.sparkJar().toAbsolutePath().normalize())
                    .arguments(List.of("--master", SPARK_MASTER,
                            in.toAbsolutePath().normalize().toString(),
                            out.toAbsolutePath().normalize().toString()));
            default -> throw new IllegalStateException("unknown engine " + this);
        }
        return jvm.build();
    }
}
