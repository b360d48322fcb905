package io.customer360.spark.identity;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The driver never receives the vertex set: while the job runs, and while an action runs on the
 * labels it returns, no task sends the driver more than a small result (counts and metrics),
 * whereas collecting the labels does, as the last part of the test shows.
 */
class DriverReceivesNoVerticesTest {
    /** 200,101 vertices: a collect of their ids alone is over 1.6 MB over 2 partitions. */
    private static final long PAIRS = 50_000;
    private static final long CHAIN = 100;
    private static final long ISOLATED = 100_000;
    /** Far above a task's counts and metrics, far below a partition of the vertex set. */
    private static final long SMALL_RESULT = 64 * 1024;

    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("driver-receives-no-vertices")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void noTaskSendsTheDriverMoreThanACount() throws Exception {
        // Built on the executors too: pairs (2i, 2i+1), a chain and ids with no edge.
        Dataset<Row> pairs = spark.range(0, PAIRS).select(col("id").multiply(2).as("left"),
                col("id").multiply(2).plus(1).as("right"));
        Dataset<Row> chain = spark.range(1_000_000, 1_000_000 + CHAIN)
                .select(col("id").as("left"), col("id").plus(1).as("right"));
        Dataset<Row> edges = pairs.union(chain).repartition(2);
        Dataset<Long> isolated = spark.range(2_000_000, 2_000_000 + ISOLATED).as(Encoders.LONG());

        LargestTaskResult largest = new LargestTaskResult();
        spark.sparkContext().addSparkListener(largest);
        try {
            ComponentLabels result = ConnectedComponentsJob.withDefaults().run(edges, isolated);
            Row counts = result.labels()
                    .agg(countDistinct(col(ConnectedComponentsJob.ID)),
                            countDistinct(col(ConnectedComponentsJob.COMPONENT)))
                    .first();
            assertThat(counts.getLong(0)).isEqualTo(2 * PAIRS + CHAIN + 1 + ISOLATED);
            assertThat(counts.getLong(1)).isEqualTo(PAIRS + 1 + ISOLATED);
            assertThat(result.rounds()).isPositive();
            spark.sparkContext().listenerBus().waitUntilEmpty();
            System.out.println("largest task result of the run: " + largest.bytes() + " bytes");
            assertThat(largest.bytes()).isPositive().isLessThan(SMALL_RESULT);

            // The measure sees a collect.
            assertThat(result.labels().collectAsList()).hasSize((int) counts.getLong(0));
            spark.sparkContext().listenerBus().waitUntilEmpty();
            System.out.println("largest task result with a collect: " + largest.bytes() + " bytes");
            assertThat(largest.bytes()).isGreaterThan(4 * SMALL_RESULT);
        } finally {
            spark.sparkContext().removeSparkListener(largest);
        }
    }

    /** The largest result a task sent the driver, in bytes. */
    private static final class LargestTaskResult extends SparkListener {
        private final AtomicLong bytes = new AtomicLong();

        @Override
        public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
            if (taskEnd.taskMetrics() != null) {
                bytes.accumulateAndGet(taskEnd.taskMetrics().resultSize(), Math::max);
            }
        }

        long bytes() {
            return bytes.get();
        }
    }
}
