package io.customer360.engine;

import io.customer360.error.OutputException;
import io.customer360.output.OutputNames;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes the hidden files that runs whose process is gone left in a folder: their work folders
 * (spool files of raw records), staging folders and temporary outputs, also in the names
 * earlier versions used ({@code .customer360-<pid>-<nanos>-…} spool files and
 * {@code .<output>.<pid>-<nanos>.tmp}). Files of a run whose process still runs are kept.
 */
final class Leftovers {
    private static final Logger LOG = LoggerFactory.getLogger(Leftovers.class);
    /** Temporary outputs of versions before staging folders. */
    private static final Pattern OLD_TEMPORARY_OUTPUT = Pattern.compile("\\.(?:"
            + OutputNames.ALL.stream().map(Pattern::quote)
                    .collect(Collectors.joining("|"))
            + ")\\.(\\d{1,10})-\\d{1,19}\\.tmp");

    private Leftovers() {
    }

    /**
     * Removes the leftovers of dead runs in {@code folder}.
     *
     * @return the number of files removed
     * @throws OutputException when a leftover cannot be removed
     */
    static long removeFrom(Path folder) {
        long removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, ".*")) {
            for (Path entry : entries) {
                if (isOfDeadRun(entry.getFileName().toString())) {
                    removed += PrivateFiles.deleteTree(entry);
                }
            }
        } catch (NoSuchFileException noFolder) {
            return removed;
        } catch (IOException failure) {
            throw new OutputException(folder, "cannot remove the files an earlier run left: "
                    + Failures.reason(failure), failure);
        }
        if (removed > 0) {
            LOG.info("removed {} files that earlier runs left in {}", removed, folder);
        }
        return removed;
    }

    private static boolean isOfDeadRun(String name) {
        Optional<RunTag> tag = RunTag.fromFileName(name);
        if (tag.isPresent()) {
            return !tag.get().processMayBeAlive();
        }
        Matcher old = OLD_TEMPORARY_OUTPUT.matcher(name);
        return old.matches()
                && !RunTag.ofProcess(Long.parseLong(old.group(1))).processMayBeAlive();
    }
}
