package io.customer360.benchmarks;

/** A pipeline the benchmark times, each run in a forked JVM. */
enum Engine {
    CUSTOMER360("customer360", RunPipeline.class),
    DUCKDB("duckdb", DuckDbPipeline.class);

    private final String label;
    private final Class<?> mainClass;

    Engine(String label, Class<?> mainClass) {
        this.label = label;
        this.mainClass = mainClass;
    }

    String label() {
        return label;
    }

    String mainClass() {
        return mainClass.getName();
    }
}
