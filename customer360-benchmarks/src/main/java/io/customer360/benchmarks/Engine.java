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

    /** The engine of a label, e.g. {@code duckdb}. */
    static Engine of(String label) {
        for (Engine engine : values()) {
            if (engine.label.equals(label)) {
                return engine;
            }
        }
        throw new IllegalArgumentException("unknown engine " + label);
    }

    String label() {
        return label;
    }

    String mainClass() {
        return mainClass.getName();
    }
}
