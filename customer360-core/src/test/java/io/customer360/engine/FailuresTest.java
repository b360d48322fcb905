package io.customer360.engine;


import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.error.InputException;
import io.customer360.model.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FailuresTest {
    @Test
    void namesTheSystemsReasonOfAFileSystemFailureWithoutRepeatingItsPath() {
        FileSystemException full = new FileSystemException("/out/x", null,
                "No space left on device");

        assertThat(Failures.reason(full)).isEqualTo("No space left on device");
    }

    @Test
    void givesTheUsualWordsForFileSystemFailuresWithoutAReason() {
        assertThat(Failures.reason(new AccessDeniedException("/out"))).isEqualTo(
                "Permission denied");
        assertThat(Failures.reason(new NoSuchFileException("/in/x.csv"))).isEqualTo(
                "No such file or directory");
    }

    @Test
    void findsTheDeepestIoFailureInTheChainOfCauses() {
        RuntimeException wrapped = new IllegalStateException("writing failed",
                new UncheckedIOException(new IOException("outer",
                        new AccessDeniedException("/out/.x", null, "Read-only file system"))));

        assertThat(Failures.reason(wrapped)).isEqualTo("Read-only file system");
    }

    @Test
    void keepsAReasonOnOneLine() {
        assertThat(Failures.reason(new IOException("first\r\n  second\nthird")))
                .isEqualTo("first second third");
    }

    @Test
    void anInputFailureCarriesTheInputsPathWhenItsLocationIsOne() {
        InputException failure = Failures.inputFailure(Source.LEADS, "/in/leads.csv",
                "cannot read", new IOException("Input/output error"));

        assertThat(failure.path()).contains(Path.of("/in/leads.csv"));
        assertThat(failure.source()).contains(Source.LEADS);
        assertThat(failure.line()).isEmpty();
        assertThat(failure).hasMessage("/in/leads.csv: cannot read: Input/output error");
    }
}
