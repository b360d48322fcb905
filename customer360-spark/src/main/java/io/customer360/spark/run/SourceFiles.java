package io.customer360.spark.run;

import io.customer360.error.InputException;
import io.customer360.error.SchemaException;
import io.customer360.model.Source;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The files of one source on a Hadoop file system, as the local reader finds them: one file; or
 * every file of a folder; or every file matching a pattern on the file-name part of the path;
 * hidden files (names starting with {@code .} or {@code _}) and sub-folders skipped, in
 * file-name order.
 *
 * @param source   the source
 * @param location the URI as configured
 * @param files    the files' URIs in reading order
 * @param spread   whether the location names a folder or pattern (records then name their file)
 * @param bytes    the files' total size
 */
record SourceFiles(Source source, String location, List<String> files, boolean spread,
        long bytes) {

    /**
     * Finds the files of {@code location}.
     *
     * @throws InputException when nothing is found there or it cannot be listed
     */
    static SourceFiles find(Source source, String location, Configuration hadoop) {
        Path path = new Path(location);
        try {
            FileSystem fs = path.getFileSystem(hadoop);
            if (fs.exists(path)) {
                FileStatus status = fs.getFileStatus(path);
                if (!status.isDirectory()) {
                    return new SourceFiles(source, location, List.of(status.getPath().toString()),
                            false, status.getLen());
                }
                return spread(source, location, fs.listStatus(path), "folder holds no file to"
                        + " read (hidden files and sub-folders are skipped)");
            }
            FileStatus[] matches = fs.globStatus(path);
            if (matches == null) {
                throw new InputException(source, null, location + ": not found", null);
            }
            return spread(source, location, matches, "no file matches the pattern (hidden files"
                    + " and sub-folders are skipped)");
        } catch (IOException failure) {
            throw new InputException(source, null, location + ": cannot be listed: "
                    + InputException.reasonOf(failure), failure);
        }
    }

    private static SourceFiles spread(Source source, String location, FileStatus[] entries,
            String none) {
        List<String> files = new ArrayList<>();
        long[] bytes = new long[1];
        Arrays.stream(entries)
                .filter(FileStatus::isFile)
                .filter(entry -> !entry.getPath().getName().startsWith(".")
                        && !entry.getPath().getName().startsWith("_"))
                .sorted(Comparator.comparing(entry -> entry.getPath().getName()))
                .forEach(entry -> {
                    files.add(entry.getPath().toString());
                    bytes[0] += entry.getLen();
                });
        if (files.isEmpty()) {
            throw new SchemaException(source, null, 0, location + ": " + none);
        }
        return new SourceFiles(source, location, List.copyOf(files), true, bytes[0]);
    }
}
