package io.customer360.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.customer360.Customer360;
import io.customer360.error.ConfigurationException;
import io.customer360.error.ExtensionException;
import io.customer360.model.Source;
import io.customer360.output.OutputNames;
import io.customer360.read.RawRecord;
import io.customer360.read.ReadOptions;
import io.customer360.read.RecordReader;
import io.customer360.read.SourceInput;
import io.customer360.read.SourceSchema;
import io.customer360.report.RunListener;
import io.customer360.report.RunReport;
import io.customer360.report.SourceProgress;
import io.customer360.report.SourceReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** Builder options for running inside a service: rejects, threads, the run id in the MDC. */
class EmbeddingOptionsTest {
    private static final String U1 = "11111111-1111-4111-8111-111111111111";

    @TempDir
    Path out;

    private final CapturingFormats formats = new CapturingFormats();

    private Customer360.Builder builder() {
        return Customer360.builder().outputDirectory(out).tableFormat(formats.table())
                .leads(new FakeInput("leads").row("email=a@x.io", "creation_date=2024-01-01")
                        .row("email=bad", "creation_date=2024-01-01"))
                .webActivity(new FakeInput("web").row("user_uuid=" + U1, "email=a@x.io"));
    }

    @Test
    void buildRefusesToDropRejectsWithoutAnExplicitOptOut() {
        assertThatThrownBy(() -> builder().build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("rejectsFormat()")
                .hasMessageContaining("withoutRejectsOutput()");
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void anExplicitOptOutRunsWithoutRejectsOutputAndStillCountsTheRejects() throws IOException {
        RunReport report = builder().withoutRejectsOutput().build().run();

        assertThat(report.sources().get(Source.LEADS).rejected()).isEqualTo(1);
        assertThat(report.outputs()).containsOnlyKeys(OutputNames.CUSTOMER_TABLE);
        assertThat(out.resolve(OutputNames.REJECTS)).doesNotExist();
    }

    @Test
    void oneThreadReadsEverySourceInTurn() {
        Set<Thread> readers = ConcurrentHashMap.newKeySet();

        builder().rejectsFormat(formats.rejects()).threads(1)
                .addLeadValidator(lead -> {
                    readers.add(Thread.currentThread());
                    return Optional.empty();
                })
                .addWebEventValidator(event -> {
                    readers.add(Thread.currentThread());
                    return Optional.empty();
                })
                .build().run();

        assertThat(readers).hasSize(1);
    }

    @Test
    void threadsMustBeAtLeastOne() {
        assertThatThrownBy(() -> Customer360.builder().threads(0))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("threads must be at least 1 but was 0");
    }

    @Test
    void everyLogLineOfARunCarriesItsRunIdFromEveryThread() {
        ch.qos.logback.classic.Logger engine = (ch.qos.logback.classic.Logger)
                LoggerFactory.getLogger("io.customer360");
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        Level level = engine.getLevel();
        engine.setLevel(Level.INFO);
        engine.addAppender(lines);
        List<String> workFolders = new CopyOnWriteArrayList<>();
        try {
            builder().rejectsFormat(formats.rejects()).addWebEventValidator(event -> {
                workFolders.addAll(hiddenNames(out));
                return Optional.empty();
            }).build().run();
        } finally {
            engine.detachAppender(lines);
            engine.setLevel(level);
        }

        Set<String> runIds = lines.list.stream()
                .map(line -> String.valueOf(line.getMDCPropertyMap().get(PipelineRun.RUN_ID)))
                .collect(Collectors.toSet());
        Set<String> threads = lines.list.stream().map(ILoggingEvent::getThreadName)
                .collect(Collectors.toSet());
        assertThat(runIds).hasSize(1);
        String runId = runIds.iterator().next();
        assertThat(runId).matches("\\d+-\\d+-\\d+");
        assertThat(workFolders).contains(".customer360-" + runId + ".work");
        assertThat(threads).contains(Thread.currentThread().getName())
                .anyMatch(name -> name.startsWith("customer360-reader"))
                .anyMatch(name -> name.startsWith("customer360-rejects"));
        assertThat(MDC.get(PipelineRun.RUN_ID)).isNull();
    }

    @Test
    void aListenerHearsThePhasesInOrderTheProgressOfALargeSourceAndEachSourcesCounts() {
        List<String> heard = new CopyOnWriteArrayList<>();
        List<SourceProgress> progress = new CopyOnWriteArrayList<>();
        FakeInput web = new FakeInput("web");
        for (int i = 0; i < 250_000; i++) {
            web.row("user_uuid=" + (i % 10 == 0 ? "not-a-uuid" : U1), "session_id=s" + (i % 7));
        }
        RunListener listener = new RunListener() {
            @Override
            public void phaseStarted(RunPhase phase) {
                heard.add(phase.name());
            }

            @Override
            public void sourceProgress(SourceProgress step) {
                progress.add(step);
                heard.add(step.source().reportName() + " "
                        + (step.finished() ? "last" : step.recordsRead() / PROGRESS_EVERY + "00k")
                        + " read, " + ((step.recordsRead() + 9) / 10 == step.rejected()
                        ? "a tenth" : step.rejected()) + " rejected");
            }

            @Override
            public void sourceFinished(Source source, SourceReport report) {
                heard.add(source.reportName() + " done: " + report.read() + " read, "
                        + report.rejected() + " rejected");
            }
        };

        builder().webActivity(sized(web, 40)).withoutRejectsOutput().listener(listener).build()
                .run();

        assertThat(heard).containsSubsequence("STARTING", "READING", "web_activity 100k read,"
                + " a tenth rejected", "web_activity 200k read, a tenth rejected",
                "web_activity last read, a tenth rejected",
                "web_activity done: 250000 read, 25000 rejected", "RESOLVING", "WRITING");
        assertThat(heard).containsSubsequence("READING", "leads done: 2 read, 1 rejected",
                "RESOLVING");
        assertThat(heard).filteredOn(line -> line.contains("k read")).hasSize(2);
        List<SourceProgress> webSteps = progress.stream()
                .filter(step -> step.source() == Source.WEB_ACTIVITY).toList();
        assertThat(webSteps).extracting(SourceProgress::bytesRead)
                .isSorted().doesNotHaveDuplicates().last().isEqualTo(250_000L * 40);
        assertThat(webSteps).allSatisfy(
                step -> assertThat(step.totalBytes()).isEqualTo(250_000L * 40));
        assertThat(webSteps.get(0).fractionRead()).hasValueCloseTo(0.4, within(0.01));
        assertThat(webSteps).extracting(SourceProgress::finished)
                .containsExactly(false, false, true);
        assertThat(progress).filteredOn(step -> step.source() == Source.LEADS).singleElement()
                .satisfies(step -> {
                    assertThat(step.finished()).isTrue();
                    assertThat(step.recordsRead()).isEqualTo(2);
                    assertThat(step.bytesRead()).isEqualTo(SourceProgress.UNKNOWN);
                    assertThat(step.totalBytes()).isEqualTo(SourceProgress.UNKNOWN);
                    assertThat(step.fractionRead()).isEmpty();
                });
    }

    /** The input with a reader that says it read {@code bytesPerRecord} bytes per record. */
    private static SourceInput sized(FakeInput input, int bytesPerRecord) {
        return new SourceInput() {
            @Override
            public String location() {
                return input.location();
            }

            @Override
            public RecordReader open(SourceSchema schema, ReadOptions options) {
                RecordReader records = input.open(schema, options);
                List<RawRecord> all = new java.util.ArrayList<>();
                for (RawRecord raw = read(records); raw != null; raw = read(records)) {
                    all.add(raw);
                }
                java.util.Iterator<RawRecord> next = all.iterator();
                return new RecordReader() {
                    private long read;

                    @Override
                    public RawRecord read() {
                        if (!next.hasNext()) {
                            return null;
                        }
                        read++;
                        return next.next();
                    }

                    @Override
                    public long bytesRead() {
                        return read * bytesPerRecord;
                    }

                    @Override
                    public long totalBytes() {
                        return (long) all.size() * bytesPerRecord;
                    }

                    @Override
                    public void close() {
                    }
                };
            }

            private RawRecord read(RecordReader records) {
                try {
                    return records.read();
                } catch (IOException failure) {
                    throw new java.io.UncheckedIOException(failure);
                }
            }
        };
    }

    @Test
    void aListenerThatThrowsFailsTheRunAsAnExtension() throws IOException {
        RunListener failing = new RunListener() {
            @Override
            public void phaseStarted(RunPhase phase) {
                if (phase == RunPhase.WRITING) {
                    throw new IllegalStateException("dashboard down");
                }
            }
        };

        assertThatThrownBy(() -> builder().withoutRejectsOutput().listener(failing).build().run())
                .isInstanceOf(ExtensionException.class)
                .hasMessageContaining("the run listener failed")
                .hasMessageContaining("dashboard down");
        assertThat(RunFoldersTest.listing(out)).isEmpty();
    }

    private static List<String> hiddenNames(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(entry -> entry.getFileName().toString())
                    .collect(Collectors.toList());
        } catch (IOException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
