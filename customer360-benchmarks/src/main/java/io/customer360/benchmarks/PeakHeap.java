package io.customer360.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The JVM's peak heap use so far: the sum of the peak usage of every heap memory pool (eden,
 * survivor, old). The pools peak at different moments, so the sum is an upper bound of the
 * true peak; with G1 it is close, because the old generation dominates a long run.
 */
final class PeakHeap {
    private PeakHeap() {
    }

    static long bytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
