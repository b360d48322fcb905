package io.customer360.benchmarks;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.customer360.benchmarks.generate.GeneratedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One engine's runs on one size.
 *
 * @param size          the input size
 * @param engine        the engine's label
 * @param inputBytes    bytes of the four input files
 * @param records       records in the four input files
 * @param wallMillis    wall time of each run, in run order (-1 for a failed run)
 * @param peakHeapBytes the largest peak heap a run reported (-1 when none did)
 * @param peakRssBytes  the largest peak RSS of a run (-1 when unknown)
 * @param failures      runs that did not exit with 0
 * @param counts        the counts the last successful run printed
 */
record BenchmarkResult(BenchmarkSize size, String engine, long inputBytes, long records,
        long[] wallMillis, long peakHeapBytes, long peakRssBytes, int failures,
        Map<String, Long> counts) {

    static BenchmarkResult of(BenchmarkSize size, Engine engine, GeneratedData data,
            List<ForkedJvm.Result> runs) {
        long[] wall = new long[runs.size()];
        long heap = -1;
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
            heap = Math.max(heap, counts.getOrDefault("peak_heap_bytes", -1L));
            rss = Math.max(rss, run.peakRssBytes());
        }
        return new BenchmarkResult(size, engine.label(), data.bytes(), data.records(), wall, heap,
                rss, failures, counts);
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

    /** customer360's median over DuckDB's for the same size, or NaN. */
    static double ratio(List<BenchmarkResult> results, BenchmarkSize size) {
        long c360 = -1;
        long duck = -1;
        for (BenchmarkResult result : results) {
            if (result.size == size) {
                if (result.engine.equals(Engine.CUSTOMER360.label())) {
                    c360 = result.medianMillis();
                } else {
                    duck = result.medianMillis();
                }
            }
        }
        return c360 <= 0 || duck <= 0 ? Double.NaN : (double) c360 / duck;
    }

    static String table(List<BenchmarkResult> results) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "| %-6s | %-11s | %8s | %10s | %7s | %10s | %13s | %13s | %9s | %8s |%n",
                "size", "engine", "input MB", "wall s", "MB/s", "rows/s", "peak heap MB",
                "peak RSS MB", "customers", "c360/duckdb"));
        sb.append("|--------|-------------|----------|------------|---------|------------|---------------|---------------|-----------|----------|\n");
        for (BenchmarkResult r : results) {
            boolean c360 = r.engine.equals(Engine.CUSTOMER360.label());
            sb.append(String.format(Locale.ROOT, "| %-6s | %-11s | %8.0f | %10s | %7.1f | %10.0f | %13s | %13s | %9s | %8s |%n",
                    r.size.label(), r.engine, r.inputBytes / 1e6,
                    r.medianMillis() < 0 ? "failed" : String.format(Locale.ROOT, "%.2f", r.medianMillis() / 1e3)
                            + (r.failures > 0 ? " (" + r.failures + " failed)" : ""),
                    r.megabytesPerSecond(), r.rowsPerSecond(), megabytes(r.peakHeapBytes),
                    megabytes(r.peakRssBytes), r.counts.getOrDefault("customers", -1L),
                    c360 ? String.format(Locale.ROOT, "%.2f", ratio(results, r.size)) : ""));
        }
        return sb.toString();
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
            json.writeNumberField("runs", options.runs());
            json.writeNumberField("seed", options.seed());
            json.writeStringField("custom_aggregator", options.customAggregator());
            json.writeNumberField("available_processors", Runtime.getRuntime().availableProcessors());
            json.writeArrayFieldStart("results");
            for (BenchmarkResult r : results) {
                json.writeStartObject();
                json.writeStringField("size", r.size.label());
                json.writeStringField("engine", r.engine);
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
                    json.writeNumberField("ratio_customer360_to_duckdb", round(ratio(results, r.size)));
                }
                json.writeObjectFieldStart("counts");
                for (Map.Entry<String, Long> count : r.counts.entrySet()) {
                    json.writeNumberField(count.getKey(), count.getValue());
                }
                json.writeEndObject();
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
