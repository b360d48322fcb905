package io.customer360.spark.read;

import java.io.Serializable;

/**
 * One byte range of a file, {@code [start, end)}, read by one task.
 *
 * @param index the range's place in the file, from 0
 * @param start its first byte
 * @param end   the byte after its last
 */
record FileSplit(int index, long start, long end) implements Serializable {
}
