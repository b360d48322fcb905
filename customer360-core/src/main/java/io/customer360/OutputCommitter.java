package io.customer360;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives each output a temporary file in the output directory and moves them all into place
 * only once every output was written (SPEC §7); on failure deletes the temporary files.
 */
final class OutputCommitter {
    private static final Logger LOG = LoggerFactory.getLogger(OutputCommitter.class);

    private final Path directory;
    private final String runTag;
    private final Map<Path, Path> finalByTemp = new LinkedHashMap<>();

    OutputCommitter(Path directory, String runTag) {
        this.directory = directory;
        this.runTag = runTag;
    }

    /** A path that does not exist yet, to be moved to {@code fileName} on commit. */
    Path temporaryFor(String fileName) {
        Path temp = directory.resolve("." + fileName + "." + runTag + ".tmp");
        finalByTemp.put(temp, directory.resolve(fileName));
        return temp;
    }

    /** Moves every temporary file to its final name, replacing earlier outputs. */
    void commit() throws IOException {
        for (Map.Entry<Path, Path> move : finalByTemp.entrySet()) {
            try {
                Files.move(move.getKey(), move.getValue(), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(move.getKey(), move.getValue(), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        finalByTemp.clear();
    }

    /** Deletes every temporary file not yet moved; never throws. */
    void abort() {
        for (Path temp : finalByTemp.keySet()) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException failure) {
                LOG.warn("could not delete temporary output {}: {}", temp, failure.toString());
            }
        }
        finalByTemp.clear();
    }
}
