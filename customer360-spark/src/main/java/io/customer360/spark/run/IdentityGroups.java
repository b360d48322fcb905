package io.customer360.spark.run;

import io.customer360.engine.ComponentSplit;
import io.customer360.engine.DistributedRules;
import io.customer360.engine.EvidenceLink;
import io.customer360.engine.LinkedGroup;
import io.customer360.spark.identity.ConnectedComponentsJob;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * The identity groups of a run's accepted records after the over-merge guards, computed on
 * Spark by the rules of {@link DistributedRules}:
 * <ol>
 * <li>each record's link (a user UUID and an e-mail) not blocked by the blocklist; distinct
 *     links keep their first evidence (a shuffle by pair);
 * <li>every identifier is numbered with its degree, the number of distinct links it has (a
 *     shuffle by identifier); links with an anomalous end (over the link limit) are left out;
 * <li>the links left are labelled by their connected component ({@link ConnectedComponentsJob});
 * <li>each component's links meet in one task (a shuffle by component), which splits it under
 *     the customer limit ({@link DistributedRules#split}): the final groups with their tree
 *     links;
 * <li>every identifier gets its group's anchor; an identifier without a used link is a group of
 *     its own.
 * </ol>
 * The driver only receives counts. A component is split in one task: a component with millions
 * of links needs the memory of that many links in one executor.
 */
final class IdentityGroups {
    /** An identifier's number and its number of distinct links not blocked. */
    private record Vertex(long index, long degree) implements Serializable {
    }

    /** A distinct link with the numbers of its ends, and whether an end is anomalous. */
    private record NumberedLink(EvidenceLink link, long uuid, long email, boolean overLinkLimit)
            implements Serializable {
    }

    /** Each identifier key with the anchor key of its group. */
    final JavaPairRDD<String, String> anchors;
    /** Each group by its anchor key, with its tree links and guards. */
    final JavaPairRDD<String, LinkedGroup> groups;
    /** Links of accepted records with a blocked identifier, counted per record. */
    final long linksBlocked;
    /** Identifiers over the link limit. */
    final long anomalousIdentifiers;
    /** Distinct links not blocked with an anomalous end. */
    final long linksOverLinkLimit;
    /** Distinct links refused by the customer limit. */
    final long linksOverCustomerLimit;

    private IdentityGroups(JavaPairRDD<String, String> anchors,
            JavaPairRDD<String, LinkedGroup> groups, long[] counts) {
        this.anchors = anchors;
        this.groups = groups;
        this.linksBlocked = counts[0];
        this.anomalousIdentifiers = counts[1];
        this.linksOverLinkLimit = counts[2];
        this.linksOverCustomerLimit = counts[3];
    }

    /**
     * Resolves the groups of the accepted records of every source.
     *
     * @param spark      the session
     * @param rules      the run's rules, guards included
     * @param accepted   every accepted record, after the duplicate checks
     * @param partitions the partitions of every shuffle
     * @param kept       where datasets used more than once are kept
     */
    static IdentityGroups resolve(SparkSession spark, DistributedRules rules,
            JavaRDD<Checked> accepted, int partitions, KeptRdds kept) {
        long[] counts = new long[4];
        JavaRDD<List<String>> keys = accepted
                .map(record -> DistributedRules.identifiers(record.source, record.record));
        counts[0] = keys.filter(identifiers -> rules.isLinkBlocked(identifiers)).count();
        JavaRDD<EvidenceLink> links = kept.keep(accepted
                .flatMap(record -> {
                    EvidenceLink link = DistributedRules.link(record.source, record.record,
                            record.fileNumber, record.line);
                    return link == null || rules.isLinkBlocked(link)
                            ? Collections.<EvidenceLink>emptyIterator() : List.of(link).iterator();
                })
                .mapToPair(link -> new Tuple2<>(new Tuple2<>(link.uuidKey(), link.emailKey()),
                        link))
                .reduceByKey(EvidenceLink::first, partitions)
                .values());
        JavaPairRDD<String, Vertex> vertices = kept.keep(keys
                .flatMap(List::iterator)
                .mapToPair(key -> new Tuple2<>(key, 0L))
                .union(links.flatMapToPair(link -> List.of(new Tuple2<>(link.uuidKey(), 1L),
                        new Tuple2<>(link.emailKey(), 1L)).iterator()))
                .reduceByKey(Long::sum, partitions)
                .zipWithIndex()
                .mapToPair(numbered -> new Tuple2<>(numbered._1()._1(),
                        new Vertex(numbered._2(), numbered._1()._2()))));
        counts[1] = vertices.filter(vertex -> rules.isAnomalous(vertex._2().degree())).count();
        JavaRDD<NumberedLink> numbered = kept.keep(links
                .mapToPair(link -> new Tuple2<>(link.uuidKey(), link))
                .join(vertices, partitions)
                .mapToPair(joined -> new Tuple2<>(joined._2()._1().emailKey(), joined._2()))
                .join(vertices, partitions)
                .map(joined -> {
                    Vertex uuid = joined._2()._1()._2();
                    Vertex email = joined._2()._2();
                    return new NumberedLink(joined._2()._1()._1(), uuid.index(), email.index(),
                            rules.isAnomalous(uuid.degree()) || rules.isAnomalous(email.degree()));
                }));
        counts[2] = numbered.filter(NumberedLink::overLinkLimit).count();
        JavaRDD<NumberedLink> used = numbered.filter(link -> !link.overLinkLimit());
        JavaRDD<ComponentSplit> splits = kept.keep(used
                .mapToPair(link -> new Tuple2<>(link.uuid(), link.link()))
                .join(components(spark, used), partitions)
                .mapToPair(joined -> new Tuple2<>(joined._2()._2(), joined._2()._1()))
                .groupByKey(partitions)
                .map(component -> rules.split(component._2())));
        counts[3] = splits.map(ComponentSplit::linksOverLimit).fold(0L, Long::sum);
        JavaPairRDD<String, Tuple2<Vertex, Optional<String>>> placed = kept.keep(vertices
                .leftOuterJoin(splits.flatMapToPair(split -> {
                    List<Tuple2<String, String>> members = new ArrayList<>();
                    for (LinkedGroup group : split.groups()) {
                        for (String member : group.members()) {
                            members.add(new Tuple2<>(member, group.anchor()));
                        }
                    }
                    return members.iterator();
                }), partitions));
        JavaPairRDD<String, String> anchors = placed.mapToPair(identifier -> new Tuple2<>(
                identifier._1(), identifier._2()._2().orElse(identifier._1())));
        JavaPairRDD<String, LinkedGroup> groups = splits
                .flatMapToPair(split -> split.groups().stream()
                        .map(group -> new Tuple2<>(group.anchor(), group)).iterator())
                .union(placed.filter(identifier -> !identifier._2()._2().isPresent())
                        .mapToPair(identifier -> new Tuple2<>(identifier._1(),
                                rules.alone(identifier._1(), identifier._2()._1().degree()))));
        return new IdentityGroups(anchors, groups, counts);
    }

    /**
     * The component label of each identifier number that a used link names: the smallest number
     * of its connected component.
     */
    private static JavaPairRDD<Long, Long> components(SparkSession spark,
            JavaRDD<NumberedLink> used) {
        StructType edgeType = DataTypes.createStructType(List.of(
                DataTypes.createStructField(ConnectedComponentsJob.LEFT, DataTypes.LongType,
                        false),
                DataTypes.createStructField(ConnectedComponentsJob.RIGHT, DataTypes.LongType,
                        false)));
        JavaRDD<Row> edges = used.map(link -> RowFactory.create(link.uuid(), link.email()));
        ConnectedComponentsJob job = new ConnectedComponentsJob(
                ConnectedComponentsJob.DEFAULT_MAX_ROUNDS,
                spark.sparkContext().getCheckpointDir().isDefined()
                        ? ConnectedComponentsJob.Checkpointing.RELIABLE
                        : ConnectedComponentsJob.Checkpointing.LOCAL);
        Dataset<Row> labels = job.run(spark.createDataFrame(edges, edgeType),
                spark.emptyDataset(Encoders.LONG())).labels();
        return labels.javaRDD().mapToPair(row -> new Tuple2<>(
                row.getLong(row.fieldIndex(ConnectedComponentsJob.ID)),
                row.getLong(row.fieldIndex(ConnectedComponentsJob.COMPONENT))));
    }
}
