package io.customer360.engine;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The file operations of a commit; replaced in tests to inject faults. Internal: not part of the
 * library's API.
 */
public interface FileMoves {
    /** The operations of the file system. */
    FileMoves SYSTEM = new FileMoves() { };

    /** Moves {@code from} over {@code to}, atomically where the file system allows. */
    default void replace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notAtomic) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes {@code copy} a second name of {@code original}, or a copy of it. */
    default void keep(Path original, Path copy) throws IOException {
        try {
            Files.createLink(copy, original);
        } catch (UnsupportedOperationException | IOException noLinks) {
            Files.deleteIfExists(copy);
            Files.copy(original, copy, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    /** Deletes {@code file} if it exists. */
    default void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
    }
}
