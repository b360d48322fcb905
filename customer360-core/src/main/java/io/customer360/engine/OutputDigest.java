package io.customer360.engine;

import io.customer360.report.OutputReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The size and SHA-256 digest of a written output, for the run report. */
final class OutputDigest {
    private OutputDigest() {
    }

    /** Reads {@code file} once and describes it. */
    static OutputReport of(Path file, long rows) throws IOException {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java platform has SHA-256", missing);
        }
        byte[] buffer = new byte[1 << 16];
        long bytes = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                sha256.update(buffer, 0, read);
                bytes += read;
            }
        }
        return new OutputReport(rows, bytes, HexFormat.of().formatHex(sha256.digest()));
    }
}
