package io.customer360.io.read;

import io.customer360.error.ConfigurationException;
import io.customer360.error.InputException;
import io.customer360.error.SchemaException;
import io.customer360.model.Source;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Comparator;
import java.util.List;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The files of a source spread over several files: the regular files of a folder, or those
 * matching a pattern on the file-name part of a path ({@code exports/tx/*.tsv.gz}), in
 * file-name order. Files whose names start with {@code .} (hidden) or {@code _} (markers such
 * as Spark's and Hadoop's {@code _SUCCESS}) and sub-folders are skipped.
 */
final class PartFiles {
    private static final String PATTERN_CHARS = "*?[{";

    private PartFiles() {
    }

    /**
     * The files of the source at {@code path}, or null when {@code path} names one file (it is
     * not a folder, and it exists or its name holds no pattern character).
     *
     * @throws SchemaException when the folder holds no file or the pattern matches none
     * @throws ConfigurationException when the pattern is not a valid glob
     * @throws InputException when the folder cannot be listed
     */
    static List<Path> list(Source source, Path path) {
        if (Files.isDirectory(path)) {
            List<Path> files = listed(source, path, path, file -> true);
            if (files.isEmpty()) {
                throw new SchemaException(source, path, 0, "folder holds no file to read"
                        + " (hidden files and sub-folders are skipped)");
            }
            return files;
        }
        Path name = path.getFileName();
        if (name == null || !isPattern(name.toString()) || Files.exists(path)) {
            return null;
        }
        PathMatcher matcher;
        try {
            matcher = FileSystems.getDefault().getPathMatcher("glob:" + name);
        } catch (PatternSyntaxException invalid) {
            throw new ConfigurationException(path, "invalid file-name pattern: "
                    + invalid.getDescription(), invalid);
        }
        Path folder = path.getParent() == null ? Path.of("") : path.getParent();
        if (!Files.isDirectory(folder)) {
            throw new SchemaException(source, path, 0, "folder of the file-name pattern not"
                    + " found");
        }
        List<Path> files = listed(source, folder, path, matcher);
        if (files.isEmpty()) {
            throw new SchemaException(source, path, 0, "no file matches the pattern"
                    + " (hidden files and sub-folders are skipped)");
        }
        return files;
    }

    private static boolean isPattern(String name) {
        return name.chars().anyMatch(c -> PATTERN_CHARS.indexOf(c) >= 0);
    }

    private static List<Path> listed(Source source, Path folder, Path shown,
            PathMatcher matcher) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries
                    .filter(file -> !file.getFileName().toString().startsWith(".")
                            && !file.getFileName().toString().startsWith("_"))
                    .filter(file -> matcher.matches(file.getFileName()))
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(file -> file.getFileName().toString()))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw InputException.of(source, shown, "cannot be listed", e);
        }
    }
}
