package io.customer360.io.read;

import static io.customer360.io.read.Fixtures.readAll;
import static io.customer360.io.read.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.customer360.error.InputException;
import io.customer360.error.SchemaException;
import io.customer360.model.Source;
import io.customer360.read.SourceInput;
import io.customer360.read.SourceSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that cannot be read as files: unreadable, a directory, failing on the first read. */
class InputFilesTest {
    @TempDir
    Path dir;

    @Test
    void accessDeniedBecomesAnInputExceptionNamingThePathAndPermissionDenied() {
        Path file = dir.resolve("crm_leads.csv");
        AccessDeniedException denied = new AccessDeniedException(file.toString());

        InputException failure = InputFiles.unreadable(Source.LEADS, file, denied);

        assertThat(failure).hasMessage(file + ": cannot be read: Permission denied")
                .hasCause(denied);
        assertThat(failure.path()).contains(file);
        assertThat(failure.source()).contains(Source.LEADS);
    }

    @Test
    void otherFileSystemFailuresKeepTheSystemReason() {
        Path file = dir.resolve("transactions.txt");

        assertThat(InputFiles.unreadable(Source.TRANSACTIONS, file,
                new FileSystemException(file.toString(), null, "Input/output error")))
                .hasMessage(file + ": cannot be read: Input/output error");
        assertThat(InputFiles.unreadable(Source.TRANSACTIONS, file,
                new IOException("Stale file handle")))
                .hasMessage(file + ": cannot be read: Stale file handle");
    }

    @Test
    void fileWithoutReadPermissionFailsWithInputExceptionSayingPermissionDenied()
            throws IOException {
        // root reads whatever the permission bits say
        assumeFalse("root".equals(System.getProperty("user.name")), "runs as root");
        Path leads = write(dir, "crm_leads.csv", "email,creation_date\na@x.io,2024-01-01\n");
        Path web = write(dir, "web_activity.json", "{\"user_uuid\":\"u\"}\n");
        Files.setPosixFilePermissions(leads, Set.of());
        Files.setPosixFilePermissions(web, Set.of());
        assumeFalse(Files.isReadable(leads), "permission bits do not stop reads here");

        for (SourceInput input : List.of(DelimitedFileInput.csv(leads),
                JsonLinesFileInput.of(web))) {
            Path file = Path.of(input.location());
            assertThatThrownBy(() -> readAll(input, SourceSchema.LEADS))
                    .isInstanceOf(InputException.class)
                    .hasMessage(file + ": cannot be read: Permission denied");
        }
    }

    @Test
    void failureOnTheFirstReadIsAnInputExceptionNotAnEmptyFile() {
        // reading /proc/self/mem at offset 0 fails with EIO, although it is a regular file of
        // size 0: it must not pass for an empty input
        Path memory = Path.of("/proc/self/mem");
        assumeTrue(firstReadFails(memory), "no file here whose first read fails");

        assertThatThrownBy(() -> readAll(DelimitedFileInput.csv(memory), SourceSchema.LEADS))
                .isInstanceOf(InputException.class)
                .hasMessage(memory + ": cannot be read: Input/output error");
        assertThatThrownBy(() -> readAll(JsonLinesFileInput.of(memory), SourceSchema.WEB_ACTIVITY))
                .isInstanceOf(InputException.class)
                .hasMessage(memory + ": cannot be read: Input/output error");
    }

    @Test
    void directoryWithoutFilesWhereJsonIsExpectedFailsWithAClearSchemaError() {
        // a folder is a source spread over its files (PartFilesTest): here there are none
        assertThatThrownBy(() -> readAll(JsonLinesFileInput.of(dir), SourceSchema.WEB_ACTIVITY))
                .isInstanceOf(SchemaException.class)
                .hasMessage(dir + ": folder holds no file to read (hidden files and"
                        + " sub-folders are skipped)");
    }

    private static boolean firstReadFails(Path file) {
        if (!Files.isReadable(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            in.read();
            return false;
        } catch (IOException expected) {
            return "Input/output error".equals(expected.getMessage());
        }
    }
}
