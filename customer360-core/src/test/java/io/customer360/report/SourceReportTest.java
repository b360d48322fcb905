package io.customer360.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceReportTest {

    @Test
    void aSourceOfOneFileHasNoFileReports() {
        assertThat(new SourceReport("in/a.csv", 2, 1, 1, Map.of("X", 1L)).files()).isEmpty();
    }

    @Test
    void theFilesCountsMustAddUpToTheSources() {
        List<FileReport> files = List.of(new FileReport("a", 2, 1, 1), new FileReport("b", 1, 1, 0));

        assertThat(new SourceReport("in", 3, 2, 1, Map.of("X", 1L), files).files())
                .isEqualTo(files);
        assertThatThrownBy(() -> new SourceReport("in", 4, 3, 1, Map.of("X", 1L), files))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must add up");
        assertThatThrownBy(() -> new SourceReport("in", 3, 1, 2, Map.of("X", 2L), files))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must add up");
    }

    @Test
    void aFileReportHoldsReadEqualsAcceptedPlusRejected() {
        assertThatThrownBy(() -> new FileReport("a", 3, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a: read (3) must equal accepted (1) + rejected (1)");
        assertThatThrownBy(() -> new FileReport("a", 0, 1, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
