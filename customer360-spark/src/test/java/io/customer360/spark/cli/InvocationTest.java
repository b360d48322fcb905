package io.customer360.spark.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customer360.engine.BuilderSettings;
import io.customer360.engine.RunSettings;
import io.customer360.error.InputException;
import io.customer360.model.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Where the command line reads each source from, worked out without Spark. */
class InvocationTest {
    @TempDir
    Path folder;

    private static Invocation invocation(String... args) {
        SparkCli.Options options = new SparkCli.Options();
        new CommandLine(options).parseArgs(args);
        return Invocation.of(options);
    }

    private Path config() throws IOException {
        return Files.writeString(folder.resolve("customer360.yaml"), """
                output: ignored-out
                inputs:
                  leads: { path: exports/crm.csv }
                  transactions: { path: /data/tx.txt, delimiter: "\\t" }
                  web_activity: { path: "hdfs://namenode/logs/web.jsonl" }
                  identity_map: { path: ../shared/ids.csv }
                """, UTF_8);
    }

    @Test
    void relativeConfiguredPathsAreReadUnderAnS3aInputFolderAndAbsoluteOnesStay()
            throws IOException {
        Invocation invocation = invocation("--config", config().toString(), "s3a://bucket/in",
                "s3a://bucket/out");

        assertThat(invocation.inputs(null)).containsOnly(
                Map.entry(Source.LEADS, "s3a://bucket/in/exports/crm.csv"),
                Map.entry(Source.TRANSACTIONS, "/data/tx.txt"),
                Map.entry(Source.WEB_ACTIVITY, "hdfs://namenode/logs/web.jsonl"),
                Map.entry(Source.IDENTITY_MAP, "s3a://bucket/shared/ids.csv"));
        assertThat(invocation.output()).isEqualTo("s3a://bucket/out");
    }

    @Test
    void relativeConfiguredPathsAreReadUnderALocalInputFolder() throws IOException {
        assertThat(invocation("--config", config().toString(), "/data/in", "out").inputs(null))
                .containsEntry(Source.LEADS, "/data/in/exports/crm.csv")
                .containsEntry(Source.TRANSACTIONS, "/data/tx.txt");
        assertThat(invocation("--config", config().toString(), "file:///data/in/", "out")
                .inputs(null))
                .containsEntry(Source.LEADS, "file:/data/in/exports/crm.csv");
    }

    @Test
    void theDefaultLayoutReadsTheIdentityMapOnlyWhenItExists() throws IOException {
        Path in = Files.createDirectories(folder.resolve("in"));
        Invocation invocation = invocation(in.toString(), "out");

        assertThat(invocation.inputs(new Configuration())).containsOnly(
                Map.entry(Source.LEADS, in.resolve("crm_leads.csv").toString()),
                Map.entry(Source.TRANSACTIONS, in.resolve("transactions.txt").toString()),
                Map.entry(Source.WEB_ACTIVITY, in.resolve("web_activity.json").toString()));

        Files.writeString(in.resolve("identity_map.csv"), "email,user_uuid\n", UTF_8);

        assertThat(invocation.inputs(new Configuration())).containsEntry(Source.IDENTITY_MAP,
                in.resolve("identity_map.csv").toString()).hasSize(4);
    }

    @Test
    void theDefaultLayoutWritesTheMergeExplanationsAndTheReportPage() {
        RunSettings settings = BuilderSettings.of(Invocation.defaultRules(
                Map.of(Source.LEADS, "in/crm_leads.csv")));

        assertThat(settings.linksFormat()).isNotNull();
        assertThat(settings.pageFormat()).isNotNull();
    }

    @Test
    void anInputFolderWhoseFileSystemIsUnknownFailsAsAnInputNamingIt() {
        Invocation invocation = invocation("nosuchfs://bucket/in", "out");

        assertThatThrownBy(() -> invocation.inputs(new Configuration()))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("nosuchfs://bucket/in/identity_map.csv: cannot tell"
                        + " whether it exists: ")
                .hasMessageContaining("nosuchfs");
    }
}
