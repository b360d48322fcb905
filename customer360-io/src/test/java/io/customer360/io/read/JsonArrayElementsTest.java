package io.customer360.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.customer360.io.read.JsonArrayElements.Kind;
import io.customer360.io.read.JsonArrayElements.Piece;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonArrayElementsTest {
    /** Every kind of piece, every line break, breaks inside strings and escapes. */
    private static final String MESSY = "\uFEFF \r\n[\r\n{\"a\":\"x\\\"],\\\\\"},\r"
            + "{\"b\":\n[1,\r\n2]} ,,\n\"s\\\\\"\r\n,\r]\r\n  tail\r\n more  \n";

    private static List<Piece> split(java.io.Reader text, int maxLength) throws IOException {
        List<Piece> pieces = new ArrayList<>();
        try (JsonArrayElements elements = new JsonArrayElements(text, maxLength)) {
            for (Piece piece = elements.next(); piece != null; piece = elements.next()) {
                pieces.add(piece);
            }
            assertThat(elements.next()).isNull();
        }
        return pieces;
    }

    /** A reader that hands out one character per call: every character is at a buffer end. */
    private static java.io.Reader oneCharAtATime(String text) {
        return new java.io.Reader() {
            private int at;

            @Override
            public int read(char[] buffer, int offset, int length) {
                if (at == text.length()) {
                    return -1;
                }
                buffer[offset] = text.charAt(at++);
                return 1;
            }

            @Override
            public void close() {
            }
        };
    }

    @Test
    void splitsElementsWithPhysicalStartLinesWhateverTheLineBreaks() throws IOException {
        assertThat(split(new StringReader(MESSY), 1000))
                .extracting(Piece::kind, Piece::line, Piece::text)
                .containsExactly(
                        tuple(Kind.ELEMENT, 3L, "{\"a\":\"x\\\"],\\\\\"}"),
                        tuple(Kind.ELEMENT, 4L, "{\"b\":\n[1,\r\n2]}"),
                        tuple(Kind.MISSING, 6L, ""),
                        tuple(Kind.ELEMENT, 7L, "\"s\\\\\""),
                        tuple(Kind.MISSING, 9L, ""),
                        tuple(Kind.TRAILING, 10L, "tail\r\n more"));
    }

    @Test
    void crlfSplitAcrossReadsCountsAsOneLineBreak() throws IOException {
        assertThat(split(oneCharAtATime(MESSY), 1000))
                .isEqualTo(split(new StringReader(MESSY), 1000));
    }

    @Test
    void overLongPieceKeepsItsHeadAndTheScanGoesOnToItsEnd() throws IOException {
        String text = "[\"" + "x".repeat(50) + ",]\\\"\"  , 1, \"" + "y".repeat(8) + "\"  ]";

        assertThat(split(oneCharAtATime(text), 10))
                .extracting(Piece::kind, Piece::text, Piece::tooLong)
                .containsExactly(tuple(Kind.ELEMENT, "\"xxxxxxxxx", true),
                        tuple(Kind.ELEMENT, "1", false),
                        tuple(Kind.ELEMENT, "\"yyyyyyyy\"", false));
    }

    @Test
    void endOfInputInsideAStringOrBracketIsOneUnclosedPieceAndTheEnd() throws IOException {
        assertThat(split(new StringReader("[1,\n{\"a\":\"b}, 2]\n"), 100))
                .extracting(Piece::kind, Piece::line, Piece::text, Piece::unclosed)
                .containsExactly(tuple(Kind.ELEMENT, 1L, "1", null),
                        tuple(Kind.UNCLOSED, 2L, "{\"a\":\"b}, 2]", "a string"));
        assertThat(split(new StringReader("[1,\n{\"a\":[2, 3}, 4"), 100))
                .extracting(Piece::kind, Piece::unclosed)
                .containsExactly(tuple(Kind.ELEMENT, null),
                        tuple(Kind.UNCLOSED, "an object or array"));
    }

    @Test
    void endOfInputAfterAnElementIsAnArrayNeverClosed() throws IOException {
        assertThat(split(new StringReader("[1,\n2\n"), 100))
                .extracting(Piece::kind, Piece::line, Piece::text)
                .containsExactly(tuple(Kind.ELEMENT, 1L, "1"), tuple(Kind.ELEMENT, 2L, "2"),
                        tuple(Kind.ARRAY_NOT_CLOSED, 3L, ""));
    }
}
