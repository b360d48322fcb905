package io.customer360.benchmarks.jmh;

import io.customer360.benchmarks.generate.DataGenerator;
import io.customer360.io.LocalFiles;
import io.customer360.io.read.DelimitedFileInput;
import io.customer360.io.read.JsonLinesFileInput;
import io.customer360.read.RawRecord;
import io.customer360.read.ReadOptions;
import io.customer360.read.RecordReader;
import io.customer360.read.SourceInput;
import io.customer360.read.SourceSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading and splitting one record (CSV/pipe line, JSON line) through customer360-io's public
 * readers, over a generated file of {@value #RECORDS} records in the page cache; the score is
 * per record.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReaderBenchmarks {
    static final int RECORDS = 100_000;

    private Path directory;
    private SourceInput transactions;
    private SourceInput web;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        directory = Files.createTempDirectory("customer360-jmh");
        DataGenerator.builder().leads(RECORDS / 10).transactions(RECORDS).web(RECORDS).seed(1)
                .build().writeTo(directory);
        transactions = DelimitedFileInput.pipe(directory.resolve(LocalFiles.TRANSACTIONS_FILE));
        web = JsonLinesFileInput.of(directory.resolve(LocalFiles.WEB_ACTIVITY_FILE));
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void pipeLine(Blackhole sink) throws IOException {
        readAll(transactions, SourceSchema.TRANSACTIONS, sink);
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void jsonLine(Blackhole sink) throws IOException {
        readAll(web, SourceSchema.WEB_ACTIVITY, sink);
    }

    private static void readAll(SourceInput input, SourceSchema schema, Blackhole sink) throws IOException {
        try (RecordReader reader = input.open(schema, ReadOptions.defaults())) {
            for (RawRecord record = reader.read(); record != null; record = reader.read()) {
                sink.consume(record);
            }
        }
    }
}
