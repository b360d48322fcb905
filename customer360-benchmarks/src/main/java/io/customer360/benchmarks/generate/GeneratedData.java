package io.customer360.benchmarks.generate;

import java.nio.file.Path;

/**
 * What {@link DataGenerator#writeTo} wrote: records per file (header lines not counted; every
 * generated line is one record, except that the leads file's last record opens a quote that is
 * never closed) and the total size.
 *
 * @param directory       where the four files are
 * @param leads           records in {@code crm_leads.csv}
 * @param transactions    records in {@code transactions.txt}
 * @param webEvents       lines in {@code web_activity.json}
 * @param identityLinks   records in {@code identity_map.csv}
 * @param bytes           the four files' total size in bytes
 */
public record GeneratedData(Path directory, long leads, long transactions, long webEvents,
        long identityLinks, long bytes) {

    /** Records in all four files. */
    public long records() {
        return leads + transactions + webEvents + identityLinks;
    }
}
