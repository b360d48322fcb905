package io.customer360.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;

class FieldSplitterTest {

    @Test
    void fastPathGivesExactlyWhatCommonsCsvGivesForQuoteFreeText() throws Exception {
        char[] alphabet = {'a', 'b', ' ', '\t', ',', '|', 'é', '\'', '\\', '#'};
        Random random = new Random(20261128L);
        for (char delimiter : new char[] {',', '|', '\t'}) {
            FieldSplitter splitter = new FieldSplitter(delimiter);
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
            for (int i = 0; i < 5_000; i++) {
                StringBuilder text = new StringBuilder();
                int length = 1 + random.nextInt(12);
                for (int c = 0; c < length; c++) {
                    text.append(alphabet[random.nextInt(alphabet.length)]);
                }
                if (text.toString().isBlank()) {
                    continue; // blank lines never reach the splitter
                }
                assertThat(splitter.split(text.toString()))
                        .as("%s with delimiter %s", text, delimiter)
                        .containsExactly(commonsCsv(text.toString(), format));
            }
        }
    }

    private static String[] commonsCsv(String text, CSVFormat format) throws IOException {
        try (CSVParser parser = CSVParser.parse(text, format)) {
            return parser.getRecords().get(0).values();
        }
    }

    @Test
    void keepsTrailingEmptyFieldAndSurroundingSpaces() throws Exception {
        assertThat(new FieldSplitter(',').split(" a ,,b,")).containsExactly(" a ", "", "b", "");
        assertThat(new FieldSplitter(',').split("\" a \",\"\",b")).containsExactly(" a ", "", "b");
    }

    @Test
    void textAfterClosingQuoteIsMalformedNotACrash() {
        assertThatThrownBy(() -> new FieldSplitter(',').split("\"a\"b,c"))
                .isInstanceOf(MalformedRecordException.class)
                .hasMessageStartingWith("invalid quoting");
    }

    @Test
    void whitespaceAfterClosingQuoteIsAllowed() throws Exception {
        assertThat(new FieldSplitter('|').split("\"a\" |b")).containsExactly("a", "b");
    }
}
