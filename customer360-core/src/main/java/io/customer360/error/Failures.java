package io.customer360.error;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;

/** The underlying reason of a failure, as one short line for an error message; see {@link Customer360Exception#reasonOf}. */
final class Failures {
    private Failures() {
    }

    /**
     * The system's reason for the deepest I/O failure in the chain of causes, such as
     * {@code No space left on device} or {@code Permission denied}; for other failures their
     * message, or their type where they have none.
     */
    static String reason(Throwable failure) {
        Throwable io = deepestIo(failure);
        Throwable at = io != null ? io : failure;
        if (at instanceof FileSystemException) {
            return fileSystemReason((FileSystemException) at);
        }
        String message = at.getMessage();
        return oneLine(message == null || message.isBlank() ? at.getClass().getSimpleName()
                : message);
    }

    private static Throwable deepestIo(Throwable failure) {
        Throwable found = null;
        for (Throwable at = failure; at != null; at = at.getCause()) {
            if (at instanceof IOException) {
                found = at;
            }
            if (at.getCause() == at) {
                break;
            }
        }
        return found;
    }

    private static String fileSystemReason(FileSystemException failure) {
        String reason = failure.getReason();
        if (reason != null && !reason.isBlank()) {
            return oneLine(reason);
        }
        if (failure instanceof AccessDeniedException) {
            return "Permission denied";
        }
        if (failure instanceof NoSuchFileException) {
            return "No such file or directory";
        }
        if (failure instanceof FileAlreadyExistsException) {
            return "File exists";
        }
        if (failure instanceof NotDirectoryException) {
            return "Not a directory";
        }
        if (failure instanceof DirectoryNotEmptyException) {
            return "Directory not empty";
        }
        if (failure instanceof NotLinkException) {
            return "Not a link";
        }
        return failure.getClass().getSimpleName();
    }

    /** The text with line breaks turned into spaces, so that a message stays one line. */
    static String oneLine(String text) {
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
