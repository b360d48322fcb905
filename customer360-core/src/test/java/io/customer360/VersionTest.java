package io.customer360;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionTest {
    @Test
    void theVersionIsTheBuildsNotUnknown() {
        assertThat(Customer360.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }
}
