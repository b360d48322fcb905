package io.customer360.benchmarks;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.customer360.benchmarks.generate.GeneratedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One engine's runs on one size.
 *
 * @param size          the input size
 * @param engine        the engine's label
 * @param heap          the {@code -Xmx} its runs had
 * @param inputBytes    bytes of the four input files
 * @param records       records in the four input files
 * @param wallMillis    wall time of each run, in run order (-1 for a failed run)
 * @param peakHeapBytes the largest peak heap a run reported (-1 when none did)
 * @param peakRssBytes  the largest peak RSS of a run (-1 when unknown)
 * @param failures      runs that did not exit with 0
 * @param counts        the counts the last successful run printed, with those of its output
 *     folder ({@link EngineOutput#counts}) for keys it did not print
 */
record BenchmarkResult(BenchmarkSize size, String engine, String heap, long inputBytes,
        long records, long[] wallMillis, long peakHeapBytes, long peakRssBytes, int failures,
        Map<String, Long> counts) {

    /**
     * One engine's runs on one size; {@code outputCounts} are those of the output folder its
     * last run left (empty when that run failed).
     */
    static BenchmarkResult of(BenchmarkSize size, Engine engine, String heap, GeneratedData data,
            List<ForkedJvm.Result> runs, Map<String, Long> outputCounts) {
        long[] wall = new long[runs.size()];
        long peakHeap = -1;
        long rss = -1;
        int failures = 0;
        Map<String, Long> counts = Map.of();
        for (int i = 0; i < runs.size(); i++) {
            ForkedJvm.Result run = runs.get(i);
            if (run.exitCode() != 0) {
                failures++;
                wall[i] = -1;
                continue;
            }
            wall[i] = run.wallNanos() / 1_000_000;
            counts = run.values();
            peakHeap = Math.max(peakHeap, counts.getOrDefault("peak_heap_bytes", -1L));
            rss = Math.max(rss, run.peakRssBytes());
        }
        Map<String, Long> all = new LinkedHashMap<>(counts);
        outputCounts.forEach(all::putIfAbsent);
        return new BenchmarkResult(size, engine.label(), heap, data.bytes(), data.records(), wall,
                peakHeap, rss, failures, Collections.unmodifiableMap(all));
    }

    /** The median wall time of the successful runs in ms, or -1 when none succeeded. */
    long medianMillis() {
        long[] ok = Arrays.stream(wallMillis).filter(ms -> ms >= 0).sorted().toArray();
        if (ok.length == 0) {
            return -1;
        }
        return ok.length % 2 == 1 ? ok[ok.length / 2] : (ok[ok.length / 2 - 1] + ok[ok.length / 2]) / 2;
    }

    double megabytesPerSecond() {
        return medianMillis() <= 0 ? Double.NaN : inputBytes / 1e6 / (medianMillis() / 1e3);
    }

    double rowsPerSecond() {
        return medianMillis() <= 0 ? Double.NaN : records / (medianMillis() / 1e3);
    }

    /** customer360's median over {@code other}'s for the same size, or NaN. */
    static double ratio(List<BenchmarkResult> results, BenchmarkSize size, Engine other) {
        long c360 = -1;
        long peer = -1;
        for (BenchmarkResult result : results) {
            if (result.size == size) {
                if (result.engine.equals(Engine.CUSTOMER360.label())) {
                    c360 = result.medianMillis();
                } else if (result.engine.equals(other.label())) {
                    peer = result.medianMillis();
                }
            }
        }
        return c360 <= 0 || peer <= 0 ? Double.NaN : (double) c360 / peer;
    }

    /**
     * The counts compared across engines: per source read, accepted, rejected and rejected
     * per reason code, customers, and the rows, lines and digests of the outputs
     * ({@link EngineOutput}).
     */
    static boolean compared(String key) {
        return key.equals("customers") || key.startsWith("output.") || key.endsWith(".read")
                || key.endsWith(".accepted") || key.endsWith(".rejected")
                || key.contains(".rejected.");
    }

    /**
     * Where the engines' counts for {@code size} differ, one line per count, e.g.
     * {@code customers: customer360 9512, spark 9510}; each {@link #compared} count that two
     * or more engines have is checked. A reason code that an engine reporting rejects by reason
     * does not list for a source counts as 0 for it. Empty when they agree.
     */
    static List<String> differences(List<BenchmarkResult> results, BenchmarkSize size) {
        Map<String, Map<String, Long>> byKey = new LinkedHashMap<>();
        for (BenchmarkResult result : results) {
            if (result.size == size) {
                result.counts.forEach((key, value) -> {
                    if (compared(key)) {
                        byKey.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(result.engine, value);
                    }
                });
            }
        }
        List<String> differences = new ArrayList<>();
        byKey.forEach((key, found) -> {
            Map<String, Long> values = new LinkedHashMap<>();
            for (BenchmarkResult result : results) {
                if (result.size == size && found.containsKey(result.engine)) {
                    values.put(result.engine, found.get(result.engine));
                } else if (result.size == size && key.contains(".rejected.")
                        && result.reportsReasons() && result.counts.containsKey(
                                key.substring(0, key.indexOf(".rejected.")) + ".rejected")) {
                    values.put(result.engine, 0L);
                }
            }
            if (values.size() > 1 && new LinkedHashSet<>(values.values()).size() > 1) {
                differences.add(key + ": " + values.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", ")));
            }
        });
        return differences;
    }

    /** Whether the counts hold rejects by reason code (the run report had them). */
    private boolean reportsReasons() {
        return counts.keySet().stream().anyMatch(key -> key.contains(".rejected."));
    }

    /**
     * The engines of {@code size} that have counts to compare (a successful last run), in
     * result order.
     */
    static List<String> enginesWithCounts(List<BenchmarkResult> results, BenchmarkSize size) {
        List<String> engines = new ArrayList<>();
        for (BenchmarkResult result : results) {
            if (result.size == size && result.counts.keySet().stream().anyMatch(BenchmarkResult::compared)) {
                engines.add(result.engine);
            }
        }
        return engines;
    }

    /**
     * One line per size on which two or more engines have counts: that they agree on them, or
     * where they differ.
     */
    static String crossCheck(List<BenchmarkResult> results) {
        StringBuilder sb = new StringBuilder();
        Set<BenchmarkSize> sizes = new LinkedHashSet<>();
        results.forEach(r -> sizes.add(r.size));
        for (BenchmarkSize size : sizes) {
            List<String> engines = enginesWithCounts(results, size);
            if (engines.size() < 2) {
                continue;
            }
            List<String> differences = differences(results, size);
            if (differences.isEmpty()) {
                sb.append(size.label()).append(": ").append(String.join(", ", engines))
                        .append(" agree on the counts per source and reason code, customers,"
                                + " the customer table's rows and digest, and the rejects' lines"
                                + " and digest").append(System.lineSeparator());
            } else {
                sb.append(size.label()).append(": ").append(String.join(", ", engines))
                        .append(" differ on ").append(String.join("; ", differences))
                        .append(System.lineSeparator());
            }
        }
        return sb.toString();
    }

    /**
     * The results as a Markdown table: one row per size and engine, with the {@code -Xmx} its
     * runs had, and customer360's median over DuckDB's (and over Spark's, when Spark ran) on
     * customer360's rows.
     */
    static String table(List<BenchmarkResult> results) {
        boolean spark = results.stream().anyMatch(r -> r.engine.equals(Engine.SPARK.label()));
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "| %-6s | %-11s | %5s | %8s | %10s | %7s | %10s | %13s | %13s | %9s | %11s |",
                "size", "engine", "-Xmx", "input MB", "wall s", "MB/s", "rows/s", "peak heap MB",
                "peak RSS MB", "customers", "c360/duckdb"));
        if (spark) {
            sb.append(String.format(Locale.ROOT, " %11s |", "c360/spark"));
        }
        sb.append(System.lineSeparator());
        sb.append("|--------|-------------|-------|----------|------------|---------|------------|---------------|---------------|-----------|-------------|");
        sb.append(spark ? "-------------|" + System.lineSeparator() : System.lineSeparator());
        for (BenchmarkResult r : results) {
            boolean c360 = r.engine.equals(Engine.CUSTOMER360.label());
            sb.append(String.format(Locale.ROOT, "| %-6s | %-11s | %5s | %8.0f | %10s | %7.1f | %10.0f | %13s | %13s | %9s | %11s |",
                    r.size.label(), r.engine, r.heap, r.inputBytes / 1e6,
                    r.medianMillis() < 0 ? "failed" : String.format(Locale.ROOT, "%.2f", r.medianMillis() / 1e3)
                            + (r.failures > 0 ? " (" + r.failures + " failed)" : ""),
                    r.megabytesPerSecond(), r.rowsPerSecond(), megabytes(r.peakHeapBytes),
                    megabytes(r.peakRssBytes), r.counts.getOrDefault("customers", -1L),
                    c360 ? ratioText(results, r.size, Engine.DUCKDB) : ""));
            if (spark) {
                sb.append(String.format(Locale.ROOT, " %11s |", c360 ? ratioText(results, r.size, Engine.SPARK) : ""));
            }
            sb.append(System.lineSeparator());
        }
        return sb.toString();
    }

    private static String ratioText(List<BenchmarkResult> results, BenchmarkSize size, Engine other) {
        return String.format(Locale.ROOT, "%.2f", ratio(results, size, other));
    }

    private static String megabytes(long bytes) {
        return bytes < 0 ? "n/a" : Long.toString(bytes / 1_000_000);
    }

    static void writeJson(List<BenchmarkResult> results, BenchmarkOptions options, Path file)
            throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (JsonGenerator json = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("heap", options.heap());
            if (options.engines().contains(Engine.SPARK)) {
                json.writeStringField("spark_heap", options.sparkHeap());
                json.writeStringField("spark_master", Engine.SPARK_MASTER);
                json.writeStringField("spark_jar", options.sparkJar().toString());
            }
            json.writeNumberField("runs", options.runs());
            json.writeNumberField("warmups", options.warmups());
            json.writeNumberField("seed", options.seed());
            json.writeStringField("custom_aggregator", options.customAggregator());
            json.writeNumberField("available_processors", Runtime.getRuntime().availableProcessors());
            json.writeArrayFieldStart("results");
            for (BenchmarkResult r : results) {
                json.writeStartObject();
                json.writeStringField("size", r.size.label());
                json.writeStringField("engine", r.engine);
                json.writeStringField("xmx", r.heap);
                json.writeNumberField("input_bytes", r.inputBytes);
                json.writeNumberField("records", r.records);
                json.writeArrayFieldStart("wall_ms");
                for (long ms : r.wallMillis) {
                    json.writeNumber(ms);
                }
                json.writeEndArray();
                json.writeNumberField("median_wall_ms", r.medianMillis());
                json.writeNumberField("mb_per_s", round(r.megabytesPerSecond()));
                json.writeNumberField("rows_per_s", round(r.rowsPerSecond()));
                json.writeNumberField("peak_heap_bytes", r.peakHeapBytes);
                json.writeNumberField("peak_rss_bytes", r.peakRssBytes);
                json.writeNumberField("failures", r.failures);
                if (r.engine.equals(Engine.CUSTOMER360.label())) {
                    json.writeNumberField("ratio_customer360_to_duckdb",
                            round(ratio(results, r.size, Engine.DUCKDB)));
                    if (options.engines().contains(Engine.SPARK)) {
                        json.writeNumberField("ratio_customer360_to_spark",
                                round(ratio(results, r.size, Engine.SPARK)));
                    }
                }
                json.writeObjectFieldStart("counts");
                for (Map.Entry<String, Long> count : r.counts.entrySet()) {
                    json.writeNumberField(count.getKey(), count.getValue());
                }
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("cross_checks");
            Set<BenchmarkSize> sizes = new LinkedHashSet<>();
            results.forEach(r -> sizes.add(r.size));
            for (BenchmarkSize size : sizes) {
                List<String> engines = enginesWithCounts(results, size);
                if (engines.size() < 2) {
                    continue;
                }
                json.writeStartObject();
                json.writeStringField("size", size.label());
                json.writeArrayFieldStart("engines");
                for (String engine : engines) {
                    json.writeString(engine);
                }
                json.writeEndArray();
                List<String> differences = differences(results, size);
                json.writeBooleanField("agree", differences.isEmpty());
                json.writeArrayFieldStart("differences");
                for (String difference : differences) {
                    json.writeString(difference);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static double round(double value) {
        return Double.isNaN(value) ? -1 : Math.round(value * 100) / 100.0;
    }
}
