package io.customer360.spark.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customer360.error.ConfigurationException;
import io.customer360.error.Customer360Exception;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The distributed components equal core's union-find on the same edges. */
class ConnectedComponentsJobTest {
    private static final StructType EDGES = new StructType()
            .add(ConnectedComponentsJob.LEFT, DataTypes.LongType)
            .add(ConnectedComponentsJob.RIGHT, DataTypes.LongType);

    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("connected-components")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void randomGraphsOfSeveralSeedsGetTheComponentsOfUnionFind() {
        for (long seed = 1; seed <= 3; seed++) {
            TestGraph graph = TestGraph.random(seed, 1500);
            ComponentLabels result = ConnectedComponentsJob.withDefaults()
                    .run(edges(graph, 3), isolated(graph, 2));
            assertThat(collect(result.labels())).as("seed %d", seed)
                    .isEqualTo(graph.expectedLabels());
        }
    }

    @Test
    void theLabelsDoNotDependOnTheOrderOrPartitioningOfTheInput() {
        TestGraph graph = TestGraph.random(42, 500);
        Map<Long, Long> expected = graph.expectedLabels();
        TestGraph reordered = graph.reordered(7);
        assertThat(collect(ConnectedComponentsJob.withDefaults()
                .run(edges(graph, 1), isolated(graph, 1)).labels())).isEqualTo(expected);
        assertThat(collect(ConnectedComponentsJob.withDefaults()
                .run(edges(reordered, 7), isolated(reordered, 5)).labels())).isEqualTo(expected);
    }

    @Test
    void longChainsConvergeInFewRounds() {
        Map<TestGraph.Order, Integer> rounds = new HashMap<>();
        for (TestGraph.Order order : TestGraph.Order.values()) {
            TestGraph chain = TestGraph.chain(3000, 1_000_000_000_000L, order, 5);
            ComponentLabels result = ConnectedComponentsJob.withDefaults()
                    .run(edges(chain, 2), isolated(chain, 1));
            Map<Long, Long> labels = collect(result.labels());
            assertThat(labels).hasSize(3000).isEqualTo(chain.expectedLabels());
            assertThat(labels.values()).containsOnly(1_000_000_000_000L);
            rounds.put(order, result.rounds());
        }
        System.out.println("rounds on a chain of 3000 vertices: " + rounds);
        // log2(3000) is about 11.6; the proven bound is O(log² n).
        assertThat(rounds.values()).allSatisfy(r -> assertThat(r).isBetween(1, 24));
    }

    @Test
    void edgeCases() {
        List<long[]> edges = List.of(
                new long[] {Long.MAX_VALUE, Long.MIN_VALUE},
                new long[] {Long.MIN_VALUE, Long.MIN_VALUE},
                new long[] {-5, -5},
                new long[] {0, -1},
                new long[] {-1, 0});
        TestGraph graph = new TestGraph(edges, List.of(7L, 7L, 0L));
        ComponentLabels result = ConnectedComponentsJob.withDefaults()
                .run(edges(graph, 2), isolated(graph, 2));
        assertThat(collect(result.labels())).isEqualTo(Map.of(
                Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE, Long.MIN_VALUE,
                -5L, -5L, 0L, -1L, -1L, -1L, 7L, 7L));
        assertThat(result.rounds()).isZero();

        TestGraph onlyIsolated = new TestGraph(List.of(), List.of(3L, 1L, 2L));
        assertThat(collect(ConnectedComponentsJob.withDefaults()
                .run(edges(onlyIsolated, 1), isolated(onlyIsolated, 1)).labels()))
                .isEqualTo(Map.of(1L, 1L, 2L, 2L, 3L, 3L));

        TestGraph nothing = new TestGraph(List.of(), List.of());
        assertThat(ConnectedComponentsJob.withDefaults()
                .run(edges(nothing, 1), isolated(nothing, 1)).labels().count()).isZero();
    }

    @Test
    void intColumnsAreWidenedAndOtherColumnsIgnored() {
        StructType schema = new StructType()
                .add("evidence", DataTypes.StringType)
                .add(ConnectedComponentsJob.RIGHT, DataTypes.IntegerType)
                .add(ConnectedComponentsJob.LEFT, DataTypes.IntegerType);
        Dataset<Row> edges = spark.createDataFrame(List.of(RowFactory.create("a", 2, 1),
                RowFactory.create("b", 3, 2)), schema);
        assertThat(collect(ConnectedComponentsJob.withDefaults()
                .run(edges, spark.emptyDataset(Encoders.LONG())).labels()))
                .isEqualTo(Map.of(1L, 1L, 2L, 1L, 3L, 1L));
    }

    @Test
    void aRunThatDoesNotConvergeWithinTheBoundFails() {
        TestGraph chain = TestGraph.chain(200, 0, TestGraph.Order.INCREASING, 0);
        ConnectedComponentsJob job = new ConnectedComponentsJob(2,
                ConnectedComponentsJob.Checkpointing.LOCAL);
        assertThatThrownBy(() -> job.run(edges(chain, 2), isolated(chain, 1)))
                .isExactlyInstanceOf(Customer360Exception.class)
                .hasMessageStartingWith("connected components: not converged after 2 rounds; ")
                .hasMessageEndingWith(" vertices still unsettled");
    }

    @Test
    void reliableCheckpointsGiveTheSameLabels(@TempDir Path checkpoints) {
        ConnectedComponentsJob job = new ConnectedComponentsJob(
                ConnectedComponentsJob.DEFAULT_MAX_ROUNDS,
                ConnectedComponentsJob.Checkpointing.RELIABLE);
        TestGraph chain = TestGraph.chain(300, 10, TestGraph.Order.RANDOM, 3);
        assertThatThrownBy(() -> job.run(edges(chain, 2), isolated(chain, 1)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("checkpoint directory");
        spark.sparkContext().setCheckpointDir(checkpoints.toString());
        ComponentLabels result = job.run(edges(chain, 2), isolated(chain, 1));
        assertThat(collect(result.labels())).isEqualTo(chain.expectedLabels());
        assertThat(result.rounds()).isPositive();
    }

    @Test
    void refusedSettingsAndInputsAreNamed() {
        assertThatThrownBy(() -> new ConnectedComponentsJob(0,
                ConnectedComponentsJob.Checkpointing.LOCAL))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("connected components: maxRounds must be 1 or more but was 0");
        Dataset<Long> none = spark.emptyDataset(Encoders.LONG());
        Dataset<Row> noRight = spark.createDataFrame(List.of(RowFactory.create(1L)),
                new StructType().add(ConnectedComponentsJob.LEFT, DataTypes.LongType));
        assertThatThrownBy(() -> ConnectedComponentsJob.withDefaults().run(noRight, none))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("connected components: the edges have no column right (columns: left)");
        Dataset<Row> strings = spark.createDataFrame(List.of(RowFactory.create("a", "b")),
                new StructType().add(ConnectedComponentsJob.LEFT, DataTypes.StringType)
                        .add(ConnectedComponentsJob.RIGHT, DataTypes.StringType));
        assertThatThrownBy(() -> ConnectedComponentsJob.withDefaults().run(strings, none))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("connected components: the edges' column left must be long or int"
                        + " but is string");
    }

    @Test
    void aNullIdFailsTheJobNamingTheColumn() {
        Dataset<Row> withNull = spark.createDataFrame(List.of(RowFactory.create(1L, 2L),
                RowFactory.create(3L, null)), EDGES);
        assertThatThrownBy(() -> ConnectedComponentsJob.withDefaults()
                .run(withNull, spark.emptyDataset(Encoders.LONG())))
                .hasMessageContaining("connected components: null id in column right of the edges");
    }

    static Dataset<Row> edges(TestGraph graph, int partitions) {
        List<Row> rows = new ArrayList<>();
        for (long[] edge : graph.edges()) {
            rows.add(RowFactory.create(edge[0], edge[1]));
        }
        return spark.createDataFrame(rows, EDGES).repartition(partitions);
    }

    static Dataset<Long> isolated(TestGraph graph, int partitions) {
        return spark.createDataset(graph.isolated(), Encoders.LONG()).repartition(partitions);
    }

    static Map<Long, Long> collect(Dataset<Row> labels) {
        Map<Long, Long> byId = new HashMap<>();
        for (Row row : labels.collectAsList()) {
            Long previous = byId.put(row.getLong(0), row.getLong(1));
            assertThat(previous).as("one row per id").isNull();
        }
        return byId;
    }
}
