package io.customer360.spark.run;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;

/**
 * The datasets a run keeps between the jobs that use them (in memory, spilling to disk), and
 * releases when it ends.
 */
final class KeptRdds {
    /** How records, links and customers are kept. */
    private static final StorageLevel KEPT = StorageLevel.MEMORY_AND_DISK();

    private final List<JavaRDD<?>> rdds = new ArrayList<>();
    private final List<JavaPairRDD<?, ?>> pairs = new ArrayList<>();

    /** Keeps {@code rdd} once computed; returns it. */
    <T> JavaRDD<T> keep(JavaRDD<T> rdd) {
        rdds.add(rdd.persist(KEPT));
        return rdd;
    }

    /** Keeps {@code rdd} once computed; returns it. */
    <K, V> JavaPairRDD<K, V> keep(JavaPairRDD<K, V> rdd) {
        pairs.add(rdd.persist(KEPT));
        return rdd;
    }

    /** Releases everything kept. */
    void release() {
        rdds.forEach(JavaRDD::unpersist);
        pairs.forEach(JavaPairRDD::unpersist);
        rdds.clear();
        pairs.clear();
    }
}
