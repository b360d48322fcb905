package io.customer360.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** Spark starts in local[2] on this JVM with the build's options. */
class SparkSessionSmokeTest {
    @Test
    void aLocalSessionCountsADataset() {
        SparkSession spark = SparkSession.builder().master("local[2]").appName("smoke")
                .config("spark.ui.enabled", "false").getOrCreate();
        try {
            Dataset<Long> numbers = spark.createDataset(List.of(1L, 2L, 3L), Encoders.LONG());
            assertThat(numbers.count()).isEqualTo(3);
        } finally {
            spark.stop();
        }
    }
}
