package io.customer360.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.output.OutputNames;
import io.customer360.report.RunReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new user's service: custom validator, a slot aggregator over transactions and a state
 * aggregator over leads, two pipelines at once with a listener and one thread each, and only
 * {@code Customer360Exception} caught.
 */
class ServiceEmbeddingExampleTest {
    @TempDir
    Path input;
    @TempDir
    Path output;

    @BeforeEach
    void copySample() {
        Cli.copySample(input);
    }

    @Test
    void twoConcurrentPipelinesGiveTheSameTableWithTheCustomColumns() throws Exception {
        List<ServiceEmbeddingExample.Outcome> outcomes = ServiceEmbeddingExample.runAll(input,
                List.of(output.resolve("a"), output.resolve("b")));

        assertThat(outcomes).hasSize(2).allSatisfy(outcome -> {
            assertThat(outcome.failure()).isEmpty();
            assertThat(outcome.events()).containsSubsequence("phase STARTING", "phase READING",
                    "read transactions", "finished transactions", "phase RESOLVING",
                    "phase WRITING");
        });
        RunReport first = outcomes.get(0).report().orElseThrow();
        RunReport second = outcomes.get(1).report().orElseThrow();
        assertThat(first.outputs().get(OutputNames.CUSTOMER_TABLE).sha256())
                .isEqualTo(second.outputs().get(OutputNames.CUSTOMER_TABLE).sha256());
        assertThat(first.sources()).isEqualTo(second.sources());

        String table = "read_parquet('" + output.resolve("a").resolve(OutputNames.CUSTOMER_TABLE)
                + "')";
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            try (ResultSet types = statement.executeQuery("select column_name, column_type from"
                    + " (describe select refund_rate, lead_sources from " + table + ")")) {
                assertThat(types.next()).isTrue();
                assertThat(types.getString(2)).isEqualTo("DOUBLE");
                assertThat(types.next()).isTrue();
                assertThat(types.getString(2)).isEqualTo("VARCHAR[]");
            }
            try (ResultSet wrong = statement.executeQuery("select count(*) from " + table
                    + " where refund_rate is distinct from (case when transaction_count = 0"
                    + " then null else refunded_count::double / transaction_count end)"
                    + " or (lead_source is not null"
                    + " and not list_contains(lead_sources, lead_source))"
                    + " or (not has_lead and len(lead_sources) > 0)")) {
                assertThat(wrong.next()).isTrue();
                assertThat(wrong.getLong(1)).as("rows with a wrong custom column").isZero();
            }
            try (ResultSet filled = statement.executeQuery("select count(*) filter"
                    + " (where refund_rate > 0), count(*) filter (where len(lead_sources) > 0)"
                    + " from " + table)) {
                assertThat(filled.next()).isTrue();
                assertThat(filled.getLong(1)).as("customers with refunds").isPositive();
                assertThat(filled.getLong(2)).as("customers with lead sources").isPositive();
            }
        }
    }

    @Test
    void aFailingPipelineIsACaughtCustomer360ExceptionAndTheOtherOneFinishes() throws Exception {
        Path notAFolder = Files.writeString(output.resolve("plain-file"), "x");

        List<ServiceEmbeddingExample.Outcome> outcomes = ServiceEmbeddingExample.runAll(input,
                List.of(notAFolder, output.resolve("ok")));

        assertThat(outcomes.get(0).report()).isEmpty();
        assertThat(outcomes.get(0).failure()).hasValueSatisfying(
                message -> assertThat(message).contains(notAFolder.toString()));
        assertThat(outcomes.get(1).failure()).isEmpty();
        assertThat(outcomes.get(1).report()).isPresent();
    }
}
