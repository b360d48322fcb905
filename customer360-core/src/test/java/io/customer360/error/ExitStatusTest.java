package io.customer360.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.report.GateResult;
import io.customer360.report.IdentityReport;
import io.customer360.report.QualityGate;
import io.customer360.report.RecoveryReport;
import io.customer360.report.RunReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The exit status of each failure type, and the one line a command line prints for it. */
class ExitStatusTest {
    private static final Path FILE = Path.of("in", "transactions.txt");

    @Test
    void eachFailureTypeHasItsStatus() {
        assertThat(ExitStatus.of(new ConfigurationException("threads must be 1 or more", null)))
                .isEqualTo(ExitStatus.USAGE);
        assertThat(ExitStatus.of(new UnknownIdentifierException(FILE, "no customer has it")))
                .isEqualTo(ExitStatus.USAGE);
        assertThat(ExitStatus.of(new SchemaException(FILE, "no header")))
                .isEqualTo(ExitStatus.INPUT);
        assertThat(ExitStatus.of(new InputException(FILE, "cannot read", new IOException())))
                .isEqualTo(ExitStatus.INPUT);
        assertThat(ExitStatus.of(new OutputException(FILE, "not a folder", null)))
                .isEqualTo(ExitStatus.OUTPUT);
        assertThat(ExitStatus.of(new ExtensionException("validator failed", null)))
                .isEqualTo(ExitStatus.EXTENSION);
        RunReport report = new RunReport("0", Instant.EPOCH, Instant.EPOCH, 0, Map.of(),
                new IdentityReport(0, 0, 0, 0, 0, 0), Map.of(), RecoveryReport.NOTHING,
                List.of(new GateResult(QualityGate.MAX_ANONYMOUS_SHARE, null, 0.1, 0.5, false)), Map.of());
        assertThat(ExitStatus.of(new QualityGateException(report)))
                .isEqualTo(ExitStatus.QUALITY_GATE);
        assertThat(ExitStatus.of(new Customer360Exception("sum out of range", null)))
                .isEqualTo(ExitStatus.FAILURE);
        assertThat(ExitStatus.of(new IllegalStateException("bug"))).isEqualTo(ExitStatus.FAILURE);
        assertThat(ExitStatus.of(new OutOfMemoryError())).isEqualTo(ExitStatus.FAILURE);
        assertThat(Arrays.stream(ExitStatus.values()).map(ExitStatus::code))
                .containsExactly(0, 1, 2, 3, 4, 5, 6);
    }

    @Test
    void aFailureIsOneLine() {
        assertThat(ExitStatus.message(new OutputException(FILE, "cannot write:\n  disk full",
                null))).isEqualTo(FILE + ": cannot write: disk full");
        assertThat(ExitStatus.message(new IllegalStateException("bad\nstate")))
                .isEqualTo("internal error: java.lang.IllegalStateException: bad state");
        assertThat(ExitStatus.message(new Customer360Exception(" ", null)))
                .isEqualTo(Customer360Exception.class.getName());
    }
}
