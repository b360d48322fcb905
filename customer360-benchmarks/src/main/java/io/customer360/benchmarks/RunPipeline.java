package io.customer360.benchmarks;

import io.customer360.Customer360;
import io.customer360.io.LocalFiles;
import io.customer360.model.Source;
import io.customer360.report.RunReport;
import io.customer360.report.SourceReport;
import java.nio.file.Path;
import java.util.Map;

/**
 * Runs the default customer360 pipeline once, as a child process of the {@link Benchmark} and
 * of the bounded-memory test: {@code RunPipeline <input dir> <output dir>
 * [--custom-aggregator=slot|state]}, the last adding one custom column,
 * {@code largest_amount}, computed by a {@link LargestAmount#slots() slot aggregator} or by a
 * {@link LargestAmount#state() state aggregator}.
 *
 * <p>Prints one {@code key=value} per line on standard output: {@code <source>.read},
 * {@code <source>.accepted}, {@code <source>.rejected} per source, {@code customers},
 * {@code duration_ms} and {@code peak_heap_bytes} (see {@link PeakHeap}). Exits with 1 and a
 * message on standard error when the run fails.
 */
public final class RunPipeline {
    private RunPipeline() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: RunPipeline <input dir> <output dir>"
                    + " [--custom-aggregator=slot|state]");
            System.exit(2);
        }
        long start = System.nanoTime();
        Customer360.Builder builder = LocalFiles.defaults(Path.of(args[0]), Path.of(args[1]));
        if (args.length == 3) {
            switch (args[2]) {
                case "--custom-aggregator=slot" -> builder.addAggregator(LargestAmount.slots());
                case "--custom-aggregator=state" -> builder.addAggregator(LargestAmount.state());
                default -> {
                    System.err.println("unknown option " + args[2]);
                    System.exit(2);
                }
            }
        }
        RunReport report = builder.build().run();
        long millis = (System.nanoTime() - start) / 1_000_000;
        StringBuilder out = new StringBuilder();
        for (Map.Entry<Source, SourceReport> entry : report.sources().entrySet()) {
            String name = entry.getKey().reportName();
            SourceReport counts = entry.getValue();
            out.append(name).append(".read=").append(counts.read()).append('\n')
                    .append(name).append(".accepted=").append(counts.accepted()).append('\n')
                    .append(name).append(".rejected=").append(counts.rejected()).append('\n');
        }
        out.append("customers=").append(report.identity().customers()).append('\n')
                .append("duration_ms=").append(millis).append('\n')
                .append("peak_heap_bytes=").append(PeakHeap.bytes()).append('\n');
        System.out.print(out);
        System.out.flush();
    }
}
