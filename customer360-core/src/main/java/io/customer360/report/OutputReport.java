package io.customer360.report;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One output file as it was committed, so that a consumer can check that the files under the
 * final names are the set this report describes.
 *
 * @param rows   records written (customers, rejects or rejected transactions)
 * @param bytes  the file's size
 * @param sha256 the SHA-256 digest of the file's bytes, 64 lower-case hexadecimal digits
 */
public record OutputReport(long rows, long bytes, String sha256) {
    private static final Pattern HEX_64 = Pattern.compile("[0-9a-f]{64}");

    /**
     * Checks the parts.
     *
     * @param rows   records written (customers, rejects or rejected transactions)
     * @param bytes  the file's size
     * @param sha256 the SHA-256 digest of the file's bytes, 64 lower-case hexadecimal digits
     */
    public OutputReport {
        if (rows < 0 || bytes < 0) {
            throw new IllegalArgumentException("rows and bytes must be at least 0 but were "
                    + rows + " and " + bytes);
        }
        Objects.requireNonNull(sha256, "sha256");
        if (!HEX_64.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hexadecimal digits"
                    + " but was " + sha256);
        }
    }
}
