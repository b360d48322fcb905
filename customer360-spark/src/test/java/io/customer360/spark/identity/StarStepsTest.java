package io.customer360.spark.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each step and the convergence count on small graphs worked out by hand (src > dst). */
class StarStepsTest {
    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("star-steps")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "3")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void largeStarLinksTheLargerNeighboursOfEachVertexToItsSmallestNeighbour() {
        // Path 1-2-3-4: m(1) = 1, m(2) = 1, m(3) = 2.
        assertThat(pairs(StarSteps.largeStar(edges(2, 1, 3, 2, 4, 3))))
                .isEqualTo(Set.of(List.of(2L, 1L), List.of(3L, 1L), List.of(4L, 2L)));
        // Star around 5 with smaller leaves: 5's larger neighbours none, so only the leaves'
        // own larger neighbour 5 is linked to their minimum (themselves).
        assertThat(pairs(StarSteps.largeStar(edges(5, 1, 5, 2, 5, 3))))
                .isEqualTo(Set.of(List.of(5L, 1L), List.of(5L, 2L), List.of(5L, 3L)));
        // Centre 1 with larger leaves stays; 7-6 joins 6's minimum 1.
        assertThat(pairs(StarSteps.largeStar(edges(6, 1, 7, 6, 8, 1))))
                .isEqualTo(Set.of(List.of(6L, 1L), List.of(7L, 1L), List.of(8L, 1L)));
    }

    @Test
    void smallStarLinksEachVertexAndItsSmallerNeighboursToTheirSmallest() {
        // 5's smaller neighbours 1 and 2 -> 5-1, 2-1; 4's smaller neighbour 2 -> 4-2.
        assertThat(pairs(StarSteps.smallStar(edges(5, 1, 5, 2, 4, 2))))
                .isEqualTo(Set.of(List.of(5L, 1L), List.of(2L, 1L), List.of(4L, 2L)));
        // A path 1-2-3 is left as it is (each vertex has one smaller neighbour).
        assertThat(pairs(StarSteps.smallStar(edges(2, 1, 3, 2))))
                .isEqualTo(Set.of(List.of(2L, 1L), List.of(3L, 2L)));
    }

    @Test
    void theUnsettledVerticesAreThoseWithTwoSmallerNeighboursOrAChainBelowThem() {
        assertThat(StarSteps.unsettledVertices(edges())).isZero();
        assertThat(StarSteps.unsettledVertices(edges(2, 1, 3, 1, 9, 4))).isZero();
        // 5 has two smaller neighbours.
        assertThat(StarSteps.unsettledVertices(edges(5, 1, 5, 2))).isEqualTo(1);
        // 2 is below 3 and above 1.
        assertThat(StarSteps.unsettledVertices(edges(2, 1, 3, 2))).isEqualTo(1);
        assertThat(StarSteps.unsettledVertices(edges(2, 1, 3, 2, 4, 3, 9, 7, 9, 8)))
                .isEqualTo(3);
    }

    private static Dataset<Row> edges(long... ends) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < ends.length; i += 2) {
            rows.add(RowFactory.create(ends[i], ends[i + 1]));
        }
        return spark.createDataFrame(rows, new StructType()
                .add(StarSteps.SRC, DataTypes.LongType)
                .add(StarSteps.DST, DataTypes.LongType)).repartition(2);
    }

    private static Set<List<Long>> pairs(Dataset<Row> edges) {
        assertThat(edges.columns()).containsExactly(StarSteps.SRC, StarSteps.DST);
        List<Row> rows = edges.collectAsList();
        Set<List<Long>> pairs = new HashSet<>();
        for (Row row : rows) {
            pairs.add(List.of(row.getLong(0), row.getLong(1)));
        }
        assertThat(pairs).as("distinct").hasSize(rows.size());
        return pairs;
    }
}
