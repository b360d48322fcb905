package io.customer360.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Files and folders that only their owner may read (0600 and 0700 where the file system has
 * POSIX permissions), for the run's spool and staging files, which hold raw records.
 */
final class PrivateFiles {
    private static final Set<PosixFilePermission> OWNER_FILE =
            PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_FOLDER =
            PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {
    }

    /** Creates a folder that must not exist yet, readable by its owner only. */
    static Path createFolder(Path folder) throws IOException {
        return Files.createDirectory(folder, attributes(folder.getFileSystem(), OWNER_FOLDER));
    }

    /** Creates a file that must not exist yet, readable by its owner only, and opens it. */
    static OutputStream createFile(Path file) throws IOException {
        return Channels.newOutputStream(Files.newByteChannel(file,
                EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                attributes(file.getFileSystem(), OWNER_FILE)));
    }

    private static FileAttribute<?>[] attributes(FileSystem fileSystem,
            Set<PosixFilePermission> permissions) {
        return fileSystem.supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }

    /**
     * Deletes a file, or a folder with everything in it, without following links.
     *
     * @return the number of files (not folders) deleted
     */
    static int deleteTree(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        int files = 0;
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            try (DirectoryStream<Path> children = Files.newDirectoryStream(path)) {
                for (Path child : children) {
                    files += deleteTree(child);
                }
            } catch (NoSuchFileException gone) {
                return files;
            }
            Files.deleteIfExists(path);
            return files;
        }
        return Files.deleteIfExists(path) ? 1 : 0;
    }
}
