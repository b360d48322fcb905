package io.customer360.spark.run;

import io.customer360.error.OutputException;
import io.customer360.report.OutputReport;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outputs of one Spark run under an output folder of a Hadoop file system. Each output is
 * first written (by Spark's commit protocol, or by the driver for the report) under a staging
 * folder {@code .customer360-staging-<id>} inside the output folder; {@link #commit} then moves
 * them under their final names as one set, putting back the earlier outputs if a move fails. On
 * file systems whose rename is atomic (HDFS, local) a reader sees either set; on object stores,
 * where a rename is a copy, a failure during the commit is rolled back as far as the store lets.
 */
final class OutputSet implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutputSet.class);
    private static final int BUFFER = 1 << 16;

    private final String uri;
    private final FileSystem fs;
    private final Path folder;
    private final Path staging;

    private OutputSet(String uri, FileSystem fs, Path folder, Path staging) {
        this.uri = uri;
        this.fs = fs;
        this.folder = folder;
        this.staging = staging;
    }

    /**
     * Creates the output folder if needed and a staging folder in it.
     *
     * @throws OutputException when the folder cannot be created or written
     */
    static OutputSet open(String uri, Configuration hadoop) {
        Path folder = new Path(uri);
        try {
            FileSystem fs = folder.getFileSystem(hadoop);
            if (fs.exists(folder) && !fs.getFileStatus(folder).isDirectory()) {
                throw new OutputException(null, uri + ": not a folder", null);
            }
            Path staging = new Path(folder, ".customer360-staging-" + UUID.randomUUID());
            if (!fs.mkdirs(staging)) {
                throw new OutputException(null, uri + ": cannot create the staging folder", null);
            }
            return new OutputSet(uri, fs, fs.makeQualified(folder), fs.makeQualified(staging));
        } catch (IOException failure) {
            throw new OutputException(null, uri + ": cannot be written: "
                    + OutputException.reasonOf(failure), failure);
        }
    }

    /** Where the output {@code name} is staged. */
    String staged(String name) {
        return new Path(staging, name).toString();
    }

    /** Creates the staged file {@code name}, for the driver to write. */
    FSDataOutputStream create(String name) throws IOException {
        // no checksum file beside it: the report is one file under its final name
        FileSystem target = fs instanceof ChecksumFileSystem checksummed
                ? checksummed.getRawFileSystem() : fs;
        return target.create(new Path(staging, name), false);
    }

    /**
     * The size and SHA-256 digest of a staged output: of the file, or of a folder's data files
     * (names not starting with {@code _} or {@code .}) concatenated in name order.
     */
    OutputReport describe(String name, long rows) {
        Path path = new Path(staging, name);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long bytes = 0;
            byte[] buffer = new byte[BUFFER];
            for (Path file : dataFiles(path)) {
                try (InputStream in = fs.open(file)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        digest.update(buffer, 0, n);
                        bytes += n;
                    }
                }
            }
            return new OutputReport(rows, bytes, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException failure) {
            throw new OutputException(null, uri + ": cannot read the staged " + name + " back: "
                    + OutputException.reasonOf(failure), failure);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private List<Path> dataFiles(Path path) throws IOException {
        FileStatus status = fs.getFileStatus(path);
        if (!status.isDirectory()) {
            return List.of(path);
        }
        List<Path> files = new ArrayList<>();
        Arrays.stream(fs.listStatus(path))
                .filter(FileStatus::isFile)
                .filter(file -> !file.getPath().getName().startsWith("_")
                        && !file.getPath().getName().startsWith("."))
                .sorted(Comparator.comparing(file -> file.getPath().getName()))
                .forEach(file -> files.add(file.getPath()));
        return files;
    }

    /**
     * Moves every staged output under its final name, replacing earlier outputs as one set.
     *
     * @throws OutputException when a move fails; the earlier outputs are put back
     */
    void commit(List<String> names) {
        Path replaced = new Path(staging, "replaced");
        List<String> moved = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        try {
            fs.mkdirs(replaced);
            for (String name : names) {
                Path target = new Path(folder, name);
                if (fs.exists(target)) {
                    rename(target, new Path(replaced, name));
                    kept.add(name);
                }
                rename(new Path(staging, name), target);
                moved.add(name);
            }
        } catch (IOException failure) {
            rollBack(moved, kept, replaced);
            throw new OutputException(null, uri + ": the outputs could not be moved into place"
                    + " (earlier outputs were put back): " + OutputException.reasonOf(failure),
                    failure);
        }
    }

    private void rename(Path from, Path to) throws IOException {
        if (!fs.rename(from, to)) {
            throw new IOException("cannot rename " + from + " to " + to);
        }
    }

    private void rollBack(List<String> moved, List<String> kept, Path replaced) {
        try {
            for (String name : moved) {
                fs.delete(new Path(folder, name), true);
            }
            for (String name : kept) {
                Path target = new Path(folder, name);
                if (!fs.exists(target)) {
                    rename(new Path(replaced, name), target);
                }
            }
        } catch (IOException failure) {
            LOG.error("{}: putting the earlier outputs back failed: {}", uri, failure.toString());
        }
    }

    /** Removes the staging folder with what is left in it. */
    @Override
    public void close() {
        try {
            fs.delete(staging, true);
        } catch (IOException failure) {
            LOG.warn("{}: the staging folder {} could not be removed: {}", uri, staging,
                    failure.toString());
        }
    }
}
