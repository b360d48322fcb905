package io.customer360.standardise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customer360.read.DateOrder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The extra patterns a source's timestamps may be read with, after the built-in forms. */
class TimestampPatternsTest {
    private static final TimestampParser BERLIN = new TimestampParser(
            ZoneId.of("Europe/Berlin"), DateOrder.MONTH_FIRST,
            List.of("dd.MM.yyyy HH:mm", "dd.MM.uuuu", "MMM d, yyyy h:mm a",
                    "yyyyMMdd'T'HHmmssXX", "d MMMM yyyy HH:mm VV"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "05.03.2024 10:30 | 2024-03-05T09:30:00Z",
        "05.07.2024 10:30 | 2024-07-05T08:30:00Z",
        "05.03.2024 | 2024-03-04T23:00:00Z",
        "mar 5, 2024 1:05 PM | 2024-03-05T12:05:00Z",
        "20240305T103000+0200 | 2024-03-05T08:30:00Z",
        "5 March 2024 10:00 America/New_York | 2024-03-05T15:00:00Z",
    })
    void readsValuesNoBuiltInFormReadsWithThePatternsInTheZone(String raw, String expected) {
        assertThat(BERLIN.parse(raw)).isEqualTo(Standardised.valid(Instant.parse(expected)));
    }

    @Test
    void triesTheBuiltInFormsFirst() {
        TimestampParser dayFirstPattern = new TimestampParser(ZoneId.of("UTC"),
                DateOrder.MONTH_FIRST, List.of("dd/MM/yyyy"));

        assertThat(dayFirstPattern.parse("03/05/2024"))
                .isEqualTo(Standardised.valid(Instant.parse("2024-03-05T00:00:00Z")));
        assertThat(dayFirstPattern.parse("25/12/2024"))
                .isEqualTo(Standardised.valid(Instant.parse("2024-12-25T00:00:00Z")));
        assertThat(BERLIN.parse("2024-03-05T10:00:00Z"))
                .isEqualTo(Standardised.valid(Instant.parse("2024-03-05T10:00:00Z")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"30.02.2024", "31.04.2024 10:00", "05.03.1899", "05.03.2101 10:00",
        "10:30", "05.03.24", "tomorrow"})
    void valuesNoPatternReadsStrictlyOrOutOfRangeAreInvalid(String raw) {
        assertThat(BERLIN.parse(raw).isInvalid()).isTrue();
        assertThat(TimestampParser.defaults().parse(raw).isInvalid()).isTrue();
    }

    @Test
    void missingValuesStayMissing() {
        assertThat(BERLIN.parse(" n/a ").isMissing()).isTrue();
    }

    @Test
    void anInvalidPatternIsRefused() {
        assertThatThrownBy(() -> new TimestampParser(ZoneId.of("UTC"), DateOrder.MONTH_FIRST,
                List.of("yyyy-MM-dd{{")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void patternsSurviveSerialisationAndTakePartInEquality() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(BERLIN);
        }
        TimestampParser copy;
        try (ObjectInputStream in = new ObjectInputStream(
                new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (TimestampParser) in.readObject();
        }

        assertThat(copy).isEqualTo(BERLIN);
        assertThat(copy.parse("05.03.2024")).isEqualTo(BERLIN.parse("05.03.2024"));
        assertThat(BERLIN).isNotEqualTo(new TimestampParser(ZoneId.of("Europe/Berlin"),
                DateOrder.MONTH_FIRST));
        assertThat(copy.patterns()).hasSize(5);
    }
}
