package io.customer360.spark.identity;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * The two steps of the alternating algorithm of Kiveris, Lattanzi, Mirrokni, Rastogi and
 * Vassilvitskii, "Connected Components in MapReduce and Beyond" (SoCC 2014), on a Dataset of
 * undirected edges, each held once as ({@link #SRC}, {@link #DST}) with {@code src > dst}, no
 * self-loops and no duplicates. Both steps keep the graph's connected components and return
 * edges in the same form; each is one shuffle for the minimum and one for the de-duplication,
 * and neither brings any row to the driver.
 */
final class StarSteps {
    /** The larger end of an edge. */
    static final String SRC = "src";
    /** The smaller end of an edge. */
    static final String DST = "dst";

    private static final String KEY = "key";
    private static final String OTHER = "other";
    private static final String OTHER_IS_LARGER = "other_is_larger";
    private static final String MIN = "min";
    private static final String PAIR = "pair";

    private StarSteps() {
    }

    /**
     * Large-star: every vertex {@code u} links each of its larger neighbours to {@code m(u)},
     * the smallest of {@code u} and its neighbours; its links to smaller neighbours are left to
     * those neighbours' own large-star.
     *
     * @param edges the edges, {@code src > dst}
     * @return the new edges, {@code src > dst}, distinct
     */
    static Dataset<Row> largeStar(Dataset<Row> edges) {
        // Each edge seen from both ends; m(u) is the least of u and the ends seen from u that
        // are smaller than u (larger neighbours cannot be the minimum).
        Dataset<Row> bothEnds = edges.select(col(DST).as(KEY), col(SRC).as(OTHER),
                        lit(true).as(OTHER_IS_LARGER))
                .union(edges.select(col(SRC).as(KEY), col(DST).as(OTHER),
                        lit(false).as(OTHER_IS_LARGER)));
        Column smallestSmallerNeighbour = min(when(col(OTHER_IS_LARGER).equalTo(false), col(OTHER)))
                .over(Window.partitionBy(col(KEY)));
        return bothEnds.withColumn(MIN, least(col(KEY), smallestSmallerNeighbour))
                .where(col(OTHER_IS_LARGER))
                .select(col(OTHER).as(SRC), col(MIN).as(DST))
                .distinct();
    }

    /**
     * Small-star: every vertex {@code u} links itself and each of its smaller neighbours to the
     * smallest of them; its links to larger neighbours are left to those neighbours' own
     * small-star.
     *
     * @param edges the edges, {@code src > dst}
     * @return the new edges, {@code src > dst}, distinct
     */
    static Dataset<Row> smallStar(Dataset<Row> edges) {
        // Grouped by src, the dst are exactly the smaller neighbours of src.
        Column smallestNeighbour = min(col(DST)).over(Window.partitionBy(col(SRC)));
        Dataset<Row> withMin = edges.withColumn(MIN, smallestNeighbour);
        return withMin.select(explode(array(
                        struct(col(SRC).as(SRC), col(MIN).as(DST)),
                        struct(col(DST).as(SRC), col(MIN).as(DST)))).as(PAIR))
                .select(col(PAIR + "." + SRC).as(SRC), col(PAIR + "." + DST).as(DST))
                .where(col(SRC).notEqual(col(DST)))
                .distinct();
    }

    /**
     * The vertices whose label could still change: at the fixpoint of both steps every
     * component is a star whose centre is its smallest vertex, so a vertex is settled when it is
     * a centre (never a {@code src}) or has exactly one, smaller, neighbour which is a centre.
     * Counted distributed; only the count reaches the driver.
     *
     * @param edges the edges, {@code src > dst}
     * @return how many vertices are a {@code src} of more than one edge, or both a {@code src}
     *         and a {@code dst}
     */
    static long unsettledVertices(Dataset<Row> edges) {
        String vertex = "vertex";
        String asSrc = "as_src";
        String asDst = "as_dst";
        Dataset<Row> ends = edges.select(col(SRC).as(vertex), lit(1L).as(asSrc), lit(0L).as(asDst))
                .union(edges.select(col(DST).as(vertex), lit(0L).as(asSrc), lit(1L).as(asDst)));
        return ends.groupBy(col(vertex))
                .agg(sum(col(asSrc)).as(asSrc), max(col(asDst)).as(asDst))
                .where(col(asSrc).gt(1).or(col(asSrc).geq(1).and(col(asDst).equalTo(1))))
                .count();
    }
}
