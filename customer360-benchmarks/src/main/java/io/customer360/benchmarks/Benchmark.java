package io.customer360.benchmarks;

import io.customer360.benchmarks.generate.DataGenerator;
import io.customer360.benchmarks.generate.GeneratedData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Times the customer360 pipeline against the DuckDB peer ({@link DuckDbPipeline}) and, when
 * asked, the Spark module's runnable jar in {@value Engine#SPARK_MASTER} ({@link Engine}) on
 * generated inputs, each in forked JVMs, alternating the order, and prints and saves a table.
 *
 * <pre>
 * java -jar customer360-benchmarks/target/customer360-benchmarks.jar \
 *     [--sizes small,medium] [--runs 3] [--heap 1g] [--seed 42]
 *     [--work target/benchmark-data] [--json target/benchmark-results.json]
 *     [--engines customer360,duckdb,spark] [--spark-jar PATH] [--spark-heap 2g]
 * </pre>
 *
 * <p>Data is generated once per size into the work directory and reused when a previous run
 * generated it with the same parameters. Wall time is measured around the child process (JVM
 * start-up included, for every engine); peak RSS is the child's {@code VmHWM}; peak heap is
 * what the child reports (see {@link PeakHeap}; Spark reports none). After each size the
 * outputs of each engine's last run are counted ({@link EngineOutput}) and compared across
 * engines.
 */
public final class Benchmark {
    private static final Logger LOG = LoggerFactory.getLogger(Benchmark.class);
    private static final long TIMEOUT_MINUTES = 60;

    private final BenchmarkOptions options;

    private Benchmark(BenchmarkOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(BenchmarkOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.missingProgram().isPresent()) {
            System.err.println(options.missingProgram().get());
            System.exit(2);
            return;
        }
        List<BenchmarkResult> results = new Benchmark(options).run();
        String table = BenchmarkResult.table(results);
        System.out.println();
        System.out.println(table);
        System.out.print(BenchmarkResult.crossCheck(results));
        BenchmarkResult.writeJson(results, options, options.json());
        System.out.println("Results written to " + options.json());
    }

    private List<BenchmarkResult> run() throws IOException, InterruptedException {
        List<BenchmarkResult> results = new ArrayList<>();
        for (BenchmarkSize size : options.sizes()) {
            GeneratedData data = generate(size);
            Map<Engine, List<ForkedJvm.Result>> runs = new EnumMap<>(Engine.class);
            options.engines().forEach(engine -> runs.put(engine, new ArrayList<>()));
            for (int warmup = 0; warmup < options.warmups(); warmup++) {
                for (Engine engine : options.engines()) {
                    ForkedJvm.Result result = runOnce(engine, data);
                    LOG.info("{} {} warm-up {} (not timed): exit {}, {} ms", size.label(),
                            engine.label(), warmup + 1, result.exitCode(),
                            result.wallNanos() / 1_000_000);
                }
            }
            for (int run = 0; run < options.runs(); run++) {
                List<Engine> order = new ArrayList<>(options.engines());
                if (run % 2 == 1) {
                    java.util.Collections.reverse(order);
                }
                for (Engine engine : order) {
                    ForkedJvm.Result result = runOnce(engine, data);
                    runs.get(engine).add(result);
                    LOG.info("{} {} run {}: exit {}, {} ms, peak RSS {} MB", size.label(),
                            engine.label(), run + 1, result.exitCode(), result.wallNanos() / 1_000_000,
                            result.peakRssBytes() / 1_000_000);
                    if (result.exitCode() != 0) {
                        LOG.warn("{} failed; end of its standard error:\n{}", engine.label(), result.stderrTail());
                    }
                }
            }
            for (Engine engine : options.engines()) {
                List<ForkedJvm.Result> engineRuns = runs.get(engine);
                Map<String, Long> outputCounts = Map.of();
                if (engineRuns.get(engineRuns.size() - 1).exitCode() == 0) {
                    try {
                        outputCounts = EngineOutput.counts(output(engine));
                    } catch (IOException e) {
                        LOG.warn("{} {}: cannot count the outputs in {}: {}", size.label(),
                                engine.label(), output(engine), e.getMessage());
                    }
                }
                results.add(BenchmarkResult.of(size, engine, options.heap(engine), data, engineRuns,
                        outputCounts));
            }
        }
        return results;
    }

    private GeneratedData generate(BenchmarkSize size) throws IOException {
        String parameters = "leads=" + size.leads() + "\ntransactions=" + size.transactions()
                + "\nweb=" + size.web() + "\nseed=" + options.seed() + "\n";
        Path directory = options.work().resolve(size.label());
        Path marker = directory.resolve("generated.properties");
        DataGenerator generator = DataGenerator.builder().leads(size.leads())
                .transactions(size.transactions()).web(size.web()).seed(options.seed()).build();
        if (Files.exists(marker) && Files.readString(marker, StandardCharsets.UTF_8).startsWith(parameters)) {
            String[] counts = Files.readString(marker, StandardCharsets.UTF_8).split("\n");
            LOG.info("Reusing {} data in {}", size.label(), directory);
            return new GeneratedData(directory, value(counts, "records.leads"),
                    value(counts, "records.transactions"), value(counts, "records.web"),
                    value(counts, "records.identity_map"), value(counts, "bytes"));
        }
        Files.deleteIfExists(marker);
        LOG.info("Generating {} data in {}", size.label(), directory);
        GeneratedData data = generator.writeTo(directory);
        Files.writeString(marker, parameters + "records.leads=" + data.leads()
                + "\nrecords.transactions=" + data.transactions() + "\nrecords.web=" + data.webEvents()
                + "\nrecords.identity_map=" + data.identityLinks() + "\nbytes=" + data.bytes() + "\n",
                StandardCharsets.UTF_8);
        return data;
    }

    private static long value(String[] lines, String key) {
        for (String line : lines) {
            if (line.startsWith(key + "=")) {
                return Long.parseLong(line.substring(key.length() + 1).strip());
            }
        }
        throw new IllegalStateException("generated.properties has no " + key);
    }

    private ForkedJvm.Result runOnce(Engine engine, GeneratedData data)
            throws IOException, InterruptedException {
        Path out = output(engine);
        FileTrees.delete(out);
        ForkedJvm jvm = engine.fork(options, data.directory(), out);
        warmPageCache(data.directory());
        return jvm.run(TIMEOUT_MINUTES, TimeUnit.MINUTES);
    }

    /** Where an engine's runs write: {@code out-<engine>} in the work directory. */
    private Path output(Engine engine) {
        return options.work().resolve("out-" + engine.label());
    }

    /**
     * Reads every input file once, untimed, so that every run of either engine starts with its
     * inputs in the operating system's page cache. Otherwise a run that follows DuckDB's, whose
     * many gigabytes of RSS push the inputs out of the cache, reads them cold from disk (on
     * this machine the large input then took about 5 s longer).
     */
    private static void warmPageCache(Path directory) throws IOException {
        byte[] buffer = new byte[1 << 20];
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                try (InputStream in = Files.newInputStream(file)) {
                    while (in.read(buffer) >= 0) {
                        // only reading
                    }
                }
            }
        }
    }
}
