package io.customer360.spark.identity;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.raise_error;
import static org.apache.spark.sql.functions.when;

import io.customer360.error.ConfigurationException;
import io.customer360.error.Customer360Exception;
import java.util.Arrays;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Customers as connected components of the graph of identifier links, computed distributed:
 * the Spark counterpart of {@link io.customer360.identity.IdentityResolver#connectedComponents()}.
 *
 * <p>The input is a Dataset of undirected edges between {@code long} identifier ids (columns
 * {@value #LEFT} and {@value #RIGHT}; self-loops, duplicates and both directions of an edge
 * are allowed) and a Dataset of ids that may have no edge. The result labels every vertex (every
 * id of an edge or of the second Dataset) with the smallest id of its component, whatever the
 * order and partitioning of the input.
 *
 * <p>The algorithm is the large-star/small-star alternation of Kiveris et al., "Connected
 * Components in MapReduce and Beyond" (SoCC 2014): each round applies both steps to the edges
 * until every component is a star around its smallest id (O(log² n) rounds in the worst case,
 * about log n in practice). Each round's edges are checkpointed (see {@link Checkpointing}) so
 * that neither the plan nor the lineage grows with the rounds, and convergence is decided by a
 * distributed count of the vertices whose label could still change: the driver only ever
 * receives counts, never ids. The edges are read twice (once to link, once for the vertex set);
 * persist them first if they are costly to compute.
 *
 * <p>The rounds are bounded: a run that has not converged after {@code maxRounds} rounds fails
 * with a {@link Customer360Exception} giving the rounds and the count of unsettled vertices.
 */
public final class ConnectedComponentsJob {
    /** The column of the edges holding one end ({@code long}; {@code int} is widened). */
    public static final String LEFT = "left";
    /** The column of the edges holding the other end ({@code long}; {@code int} is widened). */
    public static final String RIGHT = "right";
    /** The column of the result holding a vertex's id. */
    public static final String ID = "id";
    /** The column of the result holding the smallest id of the vertex's component. */
    public static final String COMPONENT = "component";
    /**
     * The default bound on rounds: far more than the worst case of the graphs seen in tests (a
     * chain of thousands of vertices settles in about log₂ n rounds).
     */
    public static final int DEFAULT_MAX_ROUNDS = 100;

    private static final Logger LOG = LoggerFactory.getLogger(ConnectedComponentsJob.class);

    /** How each round's edges are cut from the lineage of the rounds before. */
    public enum Checkpointing {
        /**
         * {@link Dataset#localCheckpoint(boolean)}: fast, kept in the executors' block managers,
         * lost (and the job failed) if an executor holding them is lost.
         */
        LOCAL,
        /**
         * {@link Dataset#checkpoint(boolean)}: written to the Spark context's checkpoint
         * directory, which must be set; survives the loss of executors.
         */
        RELIABLE
    }

    private final int maxRounds;
    private final Checkpointing checkpointing;

    /**
     * A job with a bound on rounds and a way to checkpoint.
     *
     * @param maxRounds     the rounds after which a run that has not converged fails; 1 or more
     * @param checkpointing how each round's edges are checkpointed
     * @throws ConfigurationException if {@code maxRounds} is less than 1
     */
    public ConnectedComponentsJob(int maxRounds, Checkpointing checkpointing) {
        if (maxRounds < 1) {
            throw new ConfigurationException(
                    "connected components: maxRounds must be 1 or more but was " + maxRounds, null);
        }
        this.maxRounds = maxRounds;
        this.checkpointing = Objects.requireNonNull(checkpointing, "checkpointing");
    }

    /**
     * A job with {@link #DEFAULT_MAX_ROUNDS} rounds at most and {@link Checkpointing#LOCAL}
     * checkpoints.
     *
     * @return the job
     */
    public static ConnectedComponentsJob withDefaults() {
        return new ConnectedComponentsJob(DEFAULT_MAX_ROUNDS, Checkpointing.LOCAL);
    }

    /**
     * Labels every vertex with its component. Runs the rounds (Spark jobs that return counts
     * only) and returns the labels as a lazy Dataset.
     *
     * @param edges       the links: columns {@value #LEFT} and {@value #RIGHT}, {@code long} or
     *                    {@code int}; other columns are ignored. A null id fails the Spark job
     *                    that meets it
     * @param isolatedIds ids to label even if no edge has them (those that have an edge are
     *                    labelled once); may be empty. A null id fails the Spark job that meets it
     * @return the labels, one row per distinct vertex, and the rounds run
     * @throws ConfigurationException if a column is missing or not an integer type, or
     *                                {@link Checkpointing#RELIABLE} is asked without a
     *                                checkpoint directory
     * @throws Customer360Exception   if the labels have not converged after the bound on rounds
     */
    public ComponentLabels run(Dataset<Row> edges, Dataset<Long> isolatedIds) {
        Column left = idColumn(edges, LEFT);
        Column right = idColumn(edges, RIGHT);
        if (checkpointing == Checkpointing.RELIABLE
                && edges.sparkSession().sparkContext().getCheckpointDir().isEmpty()) {
            throw new ConfigurationException("connected components: RELIABLE checkpointing needs"
                    + " a checkpoint directory (SparkContext.setCheckpointDir)", null);
        }
        Dataset<Row> links = edges.select(left.as(LEFT), right.as(RIGHT));
        Dataset<Row> current = checkpoint(links
                .select(greatest(col(LEFT), col(RIGHT)).as(StarSteps.SRC),
                        least(col(LEFT), col(RIGHT)).as(StarSteps.DST))
                .where(col(StarSteps.SRC).notEqual(col(StarSteps.DST)))
                .distinct());
        int rounds = 0;
        long unsettled = StarSteps.unsettledVertices(current);
        while (unsettled > 0) {
            if (rounds == maxRounds) {
                throw new Customer360Exception("connected components: not converged after "
                        + rounds + " rounds; " + unsettled + " vertices still unsettled", null);
            }
            current = checkpoint(StarSteps.smallStar(StarSteps.largeStar(current)));
            rounds++;
            unsettled = StarSteps.unsettledVertices(current);
            LOG.debug("connected components: round {}: {} vertices unsettled", rounds, unsettled);
        }
        LOG.info("connected components: converged after {} rounds", rounds);
        return new ComponentLabels(labels(links, isolatedIds, current), rounds);
    }

    /**
     * Every vertex of the input with the smallest candidate label: itself, and for a vertex
     * that is a {@code src} of the converged stars, the star's centre (smaller than it). An
     * aggregation, so no side is broadcast from the driver.
     */
    private static Dataset<Row> labels(Dataset<Row> links, Dataset<Long> isolatedIds,
            Dataset<Row> stars) {
        Column isolatedId = col(isolatedIds.columns()[0]);
        Dataset<Row> vertices = links.select(col(LEFT).as(ID))
                .union(links.select(col(RIGHT).as(ID)))
                .union(isolatedIds.select(notNull(isolatedId, "isolated ids", "id").as(ID)));
        return vertices.select(col(ID), col(ID).as(COMPONENT))
                .union(stars.select(col(StarSteps.SRC).as(ID), col(StarSteps.DST).as(COMPONENT)))
                .groupBy(col(ID))
                .agg(min(col(COMPONENT)).as(COMPONENT));
    }

    private Dataset<Row> checkpoint(Dataset<Row> edges) {
        return checkpointing == Checkpointing.LOCAL
                ? edges.localCheckpoint(true)
                : edges.checkpoint(true);
    }

    private static Column idColumn(Dataset<Row> edges, String name) {
        StructField field = Arrays.stream(edges.schema().fields())
                .filter(f -> f.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new ConfigurationException("connected components: the edges"
                        + " have no column " + name + " (columns: "
                        + String.join(", ", edges.columns()) + ")", null));
        DataType type = field.dataType();
        if (!type.equals(DataTypes.LongType) && !type.equals(DataTypes.IntegerType)) {
            throw new ConfigurationException("connected components: the edges' column " + name
                    + " must be long or int but is " + type.simpleString(), null);
        }
        return notNull(edges.col(name).cast(DataTypes.LongType), "edges", name);
    }

    private static Column notNull(Column id, String dataset, String column) {
        return when(id.isNull(), raise_error(lit("connected components: null id in column "
                + column + " of the " + dataset))).otherwise(id);
    }
}
