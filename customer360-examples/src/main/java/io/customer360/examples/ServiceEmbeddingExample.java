package io.customer360.examples;

import io.customer360.error.Customer360Exception;
import io.customer360.io.LocalFiles;
import io.customer360.model.Source;
import io.customer360.report.RunListener;
import io.customer360.report.RunReport;
import io.customer360.report.SourceProgress;
import io.customer360.report.SourceReport;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * How a service embeds customer360: two pipelines with custom validators and aggregators (over
 * transactions and over leads) run at once on the service's own threads, each limited to one
 * worker thread and heard by a listener, and the service catches one exception type,
 * {@link Customer360Exception}, whatever goes wrong.
 */
public final class ServiceEmbeddingExample {
    private ServiceEmbeddingExample() {
    }

    /**
     * The outcome of one pipeline: its report, or the one-line reason it failed.
     *
     * @param output  the output folder
     * @param report  the run report, when the run succeeded
     * @param failure the failure's message, when it failed
     * @param events  what the listener heard, in order
     */
    public record Outcome(Path output, Optional<RunReport> report, Optional<String> failure,
            List<String> events) {
    }

    /**
     * Runs one pipeline per output folder over the same inputs, all at once.
     *
     * @param input   the input folder (the default file names)
     * @param outputs one output folder per pipeline
     * @return one outcome per output folder, in order
     * @throws InterruptedException when the calling thread is interrupted while waiting
     */
    public static List<Outcome> runAll(Path input, List<Path> outputs)
            throws InterruptedException {
        ExecutorService service = Executors.newFixedThreadPool(outputs.size());
        try {
            List<Future<Outcome>> running = new ArrayList<>();
            for (Path output : outputs) {
                running.add(service.submit(() -> runOne(input, output)));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> outcome : running) {
                try {
                    outcomes.add(outcome.get());
                } catch (ExecutionException unexpected) {
                    throw new IllegalStateException("a pipeline threw outside its contract",
                            unexpected.getCause());
                }
            }
            return outcomes;
        } finally {
            service.shutdownNow();
        }
    }

    private static Outcome runOne(Path input, Path output) {
        ConcurrentLinkedQueue<String> events = new ConcurrentLinkedQueue<>();
        RunListener listener = new RunListener() {
            @Override
            public void phaseStarted(RunPhase phase) {
                events.add("phase " + phase);
            }

            @Override
            public void sourceProgress(SourceProgress progress) {
                if (progress.finished()) {
                    events.add("read " + progress.source().reportName());
                }
            }

            @Override
            public void sourceFinished(Source source, SourceReport report) {
                events.add("finished " + source.reportName());
            }
        };
        try {
            RunReport report = LocalFiles.defaults(input, output)
                    .addTransactionValidator(new AmountLimitValidator(new BigDecimal("10000")))
                    .addAggregator(new RefundRateAggregator())
                    .addAggregator(new LeadSourcesAggregator())
                    .threads(1)
                    .listener(listener)
                    .build()
                    .run();
            return new Outcome(output, Optional.of(report), Optional.empty(),
                    List.copyOf(events));
        } catch (Customer360Exception failure) {
            return new Outcome(output, Optional.empty(), Optional.of(failure.getMessage()),
                    List.copyOf(events));
        }
    }

    /**
     * Runs two pipelines over the input folder into {@code <output>/a} and {@code <output>/b}.
     *
     * @param args the input folder and the output folder
     * @throws InterruptedException when interrupted while waiting for the runs
     */
    public static void main(String[] args) throws InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: ServiceEmbeddingExample <input folder> <output folder>");
            System.exit(2);
        }
        Path output = Path.of(args[1]);
        for (Outcome outcome : runAll(Path.of(args[0]),
                List.of(output.resolve("a"), output.resolve("b")))) {
            System.out.println(outcome.output() + ": " + outcome.report()
                    .map(report -> report.identity().customers() + " customers")
                    .orElse("failed: " + outcome.failure().orElse("")));
        }
    }
}
