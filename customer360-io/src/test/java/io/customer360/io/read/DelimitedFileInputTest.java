package io.customer360.io.read;

import static io.customer360.io.read.Fixtures.bytes;
import static io.customer360.io.read.Fixtures.lines;
import static io.customer360.io.read.Fixtures.readAll;
import static io.customer360.io.read.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customer360.error.SchemaException;
import io.customer360.model.Source;
import io.customer360.read.LeadField;
import io.customer360.read.RawRecord;
import io.customer360.read.ReadOptions;
import io.customer360.read.SourceSchema;
import io.customer360.read.TransactionField;
import io.customer360.read.ValueKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DelimitedFileInputTest {
    private static final String LEAD_HEADER = "lead_id,email,creation_date";

    @TempDir
    Path dir;

    private List<RawRecord> leads(String content) throws IOException {
        return readAll(DelimitedFileInput.csv(write(dir, "crm_leads.csv", content)),
                SourceSchema.LEADS);
    }

    private List<RawRecord> leads(byte[] content) throws IOException {
        return readAll(DelimitedFileInput.csv(write(dir, "crm_leads.csv", content)),
                SourceSchema.LEADS);
    }

    @Test
    void readsValuesAsWrittenWithTextKind() throws IOException {
        List<RawRecord> records = leads(LEAD_HEADER + "\nL1, A@x.com ,2024-01-02\n");

        assertThat(records).hasSize(1);
        RawRecord r = records.get(0);
        assertThat(r.isMalformed()).isFalse();
        assertThat(r.line()).isEqualTo(2);
        assertThat(r.text()).isEqualTo("L1, A@x.com ,2024-01-02");
        assertThat(r.value(LeadField.LEAD_ID)).isEqualTo("L1");
        assertThat(r.value(LeadField.EMAIL)).isEqualTo(" A@x.com ");
        assertThat(r.value(LeadField.CREATION_DATE)).isEqualTo("2024-01-02");
        assertThat(r.value(LeadField.PHONE)).isNull();
        assertThat(r.kind(LeadField.EMAIL)).isEqualTo(ValueKind.TEXT);
    }

    @Test
    void dropsLeadingByteOrderMark() throws IOException {
        List<RawRecord> records = leads(bytes(new int[] {0xEF, 0xBB, 0xBF},
                "email,creation_date\na@x.com,2024-01-01\n"));

        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.isMalformed()).isFalse();
            assertThat(r.value(LeadField.EMAIL)).isEqualTo("a@x.com");
        });
    }

    @Test
    void acceptsLfCrlfAndCrLineEndings() throws IOException {
        for (String eol : new String[] {"\n", "\r\n", "\r"}) {
            List<RawRecord> records = leads("email,creation_date" + eol + "a@x.com,d1" + eol
                    + "b@x.com,d2" + eol);

            assertThat(records).as("line ending %s", eol.replace("\r", "CR").replace("\n", "LF"))
                    .extracting(r -> r.value(LeadField.EMAIL), RawRecord::line, RawRecord::text)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("a@x.com", 2L, "a@x.com,d1"),
                            org.assertj.core.groups.Tuple.tuple("b@x.com", 3L, "b@x.com,d2"));
        }
    }

    @Test
    void mixedLineEndingsKeepPhysicalLineNumbers() throws IOException {
        List<RawRecord> records = leads("email,creation_date\r\na,1\rb,2\nc,3\r\n\rd,4");

        assertThat(lines(records)).containsExactly(2L, 3L, 4L, 6L);
        assertThat(records).extracting(r -> r.value(LeadField.EMAIL))
                .containsExactly("a", "b", "c", "d");
    }

    @Test
    void lastRecordWithoutTerminatorIsRead() throws IOException {
        assertThat(leads("email,creation_date\na,1")).singleElement()
                .satisfies(r -> assertThat(r.text()).isEqualTo("a,1"));
    }

    @Test
    void matchesHeaderNamesIgnoringCaseAndSurroundingWhitespace() throws IOException {
        List<RawRecord> records = leads(" EMAIL ,Creation_Date\t\na,1\n");

        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.value(LeadField.EMAIL)).isEqualTo("a");
            assertThat(r.value(LeadField.CREATION_DATE)).isEqualTo("1");
        });
    }

    @Test
    void canonicalNameBeatsAliasWhereverItStands() throws IOException {
        List<RawRecord> records = leads("created_at,source,email,lead_source,creation_date\n"
                + "alias-date,alias-src,a,canonical-src,canonical-date\n");

        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.value(LeadField.CREATION_DATE)).isEqualTo("canonical-date");
            assertThat(r.value(LeadField.LEAD_SOURCE)).isEqualTo("canonical-src");
        });
    }

    @Test
    void aliasesAloneAreUsed() throws IOException {
        List<RawRecord> records = leads("email,created_at,source\na,d,web\n");

        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.value(LeadField.CREATION_DATE)).isEqualTo("d");
            assertThat(r.value(LeadField.LEAD_SOURCE)).isEqualTo("web");
        });
    }

    @Test
    void earlierAliasBeatsLaterAlias() throws IOException {
        Path file = write(dir, "transactions.txt",
                "transaction_id|user_uuid|amount|status|created_at|timestamp\nT1|u|1|ok|c|t\n");

        assertThat(readAll(DelimitedFileInput.pipe(file), SourceSchema.TRANSACTIONS))
                .singleElement()
                .satisfies(r -> assertThat(r.value(TransactionField.TRANSACTION_DATE))
                        .isEqualTo("t"));
    }

    @Test
    void transactionAliasesCreatedAtAndTimestampAreUsedAlone() throws IOException {
        for (String alias : new String[] {"timestamp", "created_at"}) {
            Path file = write(dir, "transactions.txt",
                    "transaction_id|user_uuid|amount|status|" + alias + "\nT1|u|1|ok|when\n");

            assertThat(readAll(DelimitedFileInput.pipe(file), SourceSchema.TRANSACTIONS))
                    .singleElement()
                    .satisfies(r -> assertThat(r.value(TransactionField.TRANSACTION_DATE))
                            .as(alias).isEqualTo("when"));
        }
    }

    @Test
    void ignoresUnknownColumns() throws IOException {
        List<RawRecord> records = leads("email,favourite_colour,creation_date\na,blue,1\n");

        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.isMalformed()).isFalse();
            assertThat(r.value(LeadField.EMAIL)).isEqualTo("a");
            assertThat(r.value(LeadField.CREATION_DATE)).isEqualTo("1");
        });
    }

    @Test
    void missingRequiredColumnNamesFileColumnAndHeader() {
        Path file = write(dir, "crm_leads.csv", "lead_id,name,created_at\nL1,n,d\n");

        assertThatThrownBy(() -> DelimitedFileInput.csv(file).open(SourceSchema.LEADS,
                ReadOptions.defaults()))
                .isInstanceOf(SchemaException.class)
                .hasMessage(file + ": required column 'email' is missing; header was "
                        + "[lead_id, name, created_at]")
                .satisfies(e -> assertThat(((SchemaException) e).file()).isEqualTo(file));
    }

    @Test
    void aSchemaErrorCarriesTheSourceAndTheHeadersLine() {
        Path file = write(dir, "transactions.txt", "\n  \ntransaction_id|amount\nT1|5\n");

        assertThatThrownBy(() -> DelimitedFileInput.pipe(file).open(SourceSchema.TRANSACTIONS,
                ReadOptions.defaults()))
                .isInstanceOfSatisfying(SchemaException.class, e -> {
                    assertThat(e.source()).contains(Source.TRANSACTIONS);
                    assertThat(e.line()).hasValue(3);
                    assertThat(e.file()).isEqualTo(file);
                });
    }

    @Test
    void aMissingFileIsASchemaErrorOfItsSourceWithoutALine() {
        Path file = dir.resolve("crm_leads.csv");

        assertThatThrownBy(() -> DelimitedFileInput.csv(file).open(SourceSchema.LEADS,
                ReadOptions.defaults()))
                .isInstanceOfSatisfying(SchemaException.class, e -> {
                    assertThat(e.source()).contains(Source.LEADS);
                    assertThat(e.line()).isEmpty();
                })
                .hasMessage(file + ": file not found");
    }

    @Test
    void missingRequiredColumnWithAliasesNamesThem() {
        Path file = write(dir, "crm_leads.csv", "email,lead_id\n");

        assertThatThrownBy(() -> readAll(DelimitedFileInput.csv(file), SourceSchema.LEADS))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("required column 'creation_date' (or 'created_at') is missing")
                .hasMessageContaining("[email, lead_id]");
    }

    @Test
    void missingHeaderRowIsReportedWithoutEchoingTheDataRow() {
        Path file = write(dir, "crm_leads.csv", "L-1,Ann Smith,ann.smith@example.com,"
                + "+44 20 7946 0958,2024-03-05\nL-2,Bob Jones,bob@example.com,,2024-03-06\n");

        assertThatThrownBy(() -> readAll(DelimitedFileInput.csv(file), SourceSchema.LEADS))
                .isInstanceOf(SchemaException.class)
                .hasMessageStartingWith(file + ": the header row seems to be missing: ")
                .hasMessageContaining("'email'")
                .hasMessageContaining("'creation_date' (or 'created_at')")
                .hasMessageNotContainingAny("L-1", "Ann", "Smith", "ann.smith", "example.com",
                        "7946", "2024-03-05");
    }

    @Test
    void missingHeaderRowWithRepeatedValuesIsStillReportedWithoutEchoingThem() {
        Path file = write(dir, "transactions.txt", "TX-1|ann@example.com|5|ann@example.com\n");

        assertThatThrownBy(() -> readAll(DelimitedFileInput.pipe(file),
                SourceSchema.TRANSACTIONS))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("header row seems to be missing")
                .hasMessageContaining("'transaction_id'")
                .hasMessageNotContainingAny("TX-1", "ann@example.com");
    }

    @Test
    void headerOfOneHundredThousandColumnsIsShownBoundedInTheSchemaError() {
        StringBuilder header = new StringBuilder("email");
        for (int i = 1; i < 100_000; i++) {
            header.append(",c").append(i);
        }
        Path file = write(dir, "crm_leads.csv", header.append('\n').toString());

        assertThatThrownBy(() -> readAll(DelimitedFileInput.csv(file), SourceSchema.LEADS))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("required column 'creation_date' (or 'created_at') is "
                        + "missing; header was [email, c1, c2, ")
                .hasMessageEndingWith(", c19, \u2026 and 99980 more]")
                .satisfies(e -> assertThat(e.getMessage().length())
                        .isLessThan(file.toString().length() + 400));
    }

    @Test
    void longHeaderNamesAreCutInTheSchemaError() {
        String name = "n".repeat(5000);
        Path file = write(dir, "crm_leads.csv", "email," + name + "," + name.toUpperCase() + "\n");

        assertThatThrownBy(() -> readAll(DelimitedFileInput.csv(file), SourceSchema.LEADS))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("'" + "n".repeat(64) + "\u2026' appears twice")
                .hasMessageContaining("[email, " + "n".repeat(64) + "\u2026, "
                        + "N".repeat(64) + "\u2026]")
                .satisfies(e -> assertThat(e.getMessage().length())
                        .isLessThan(file.toString().length() + 400));
    }

    @Test
    void directoryWithoutFilesFailsWithAClearSchemaError() {
        // a folder is a source spread over its files (PartFilesTest): here there are none
        assertThatThrownBy(() -> readAll(DelimitedFileInput.csv(dir), SourceSchema.LEADS))
                .isInstanceOf(SchemaException.class)
                .hasMessage(dir + ": folder holds no file to read (hidden files and"
                        + " sub-folders are skipped)");
    }

    @Test
    void duplicatedHeaderNameFailsNamingColumnAndHeader() {
        Path file = write(dir, "crm_leads.csv", "email,creation_date,Email \na,1,b\n");

        assertThatThrownBy(() -> readAll(DelimitedFileInput.csv(file), SourceSchema.LEADS))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining(file.toString())
                .hasMessage(file + ": column 'email' appears twice (columns 1 and 3); header was "
                        + "[email, creation_date, Email ]");
    }

    @Test
    void duplicatedUnknownColumnAlsoFails() {
        Path file = write(dir, "crm_leads.csv", "email,creation_date,note,NOTE\n");

        assertThatThrownBy(() -> readAll(DelimitedFileInput.csv(file), SourceSchema.LEADS))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("'note' appears twice");
    }

    @Test
    void repeatedBlankHeaderNamesAreIgnoredNotDuplicates() throws IOException {
        assertThat(leads("email,,creation_date,\na,x,1,y\n")).singleElement()
                .satisfies(r -> assertThat(r.value(LeadField.CREATION_DATE)).isEqualTo("1"));
    }

    @Test
    void zeroByteFileFails() {
        Path file = write(dir, "crm_leads.csv", new byte[0]);

        assertThatThrownBy(() -> readAll(DelimitedFileInput.csv(file), SourceSchema.LEADS))
                .isInstanceOf(SchemaException.class)
                .hasMessage(file + ": file is empty (0 bytes); expected a header row");
    }

    @Test
    void byteOrderMarkOnlyFileFailsLikeAnEmptyFile() {
        Path file = write(dir, "crm_leads.csv", bytes(new int[] {0xEF, 0xBB, 0xBF}));

        assertThatThrownBy(() -> readAll(DelimitedFileInput.csv(file), SourceSchema.LEADS))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("no header row");
    }

    @Test
    void blankOnlyFileFailsForWantOfAHeader() {
        Path file = write(dir, "crm_leads.csv", "\n  \r\n\t\n");

        assertThatThrownBy(() -> readAll(DelimitedFileInput.csv(file), SourceSchema.LEADS))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("no header row");
    }

    @Test
    void missingFileFailsFastWithItsPath() {
        Path file = dir.resolve("nowhere.csv");

        assertThatThrownBy(() -> DelimitedFileInput.csv(file).open(SourceSchema.LEADS,
                ReadOptions.defaults()))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining(file.toString());
    }

    @Test
    void headerOnlyFileHasZeroRecords() throws IOException {
        assertThat(leads("email,creation_date")).isEmpty();
        assertThat(leads("email,creation_date\r\n")).isEmpty();
    }

    @Test
    void headerMayFollowBlankLines() throws IOException {
        assertThat(leads("\n\nemail,creation_date\na,1\n")).singleElement()
                .satisfies(r -> assertThat(r.line()).isEqualTo(4));
    }

    @Test
    void skipsBlankAndWhitespaceOnlyLinesKeepingPhysicalLineNumbers() throws IOException {
        List<RawRecord> records = leads("email,creation_date\n\na,1\n   \n\t\r\nb,2\n\n");

        assertThat(records).extracting(RawRecord::line, r -> r.value(LeadField.EMAIL))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "a"),
                        org.assertj.core.groups.Tuple.tuple(6L, "b"));
    }

    @Test
    void multiLineQuotedFieldKeepsStartLineAndOriginalText() throws IOException {
        String record = "\"a@x.com\",\"2024-01-01\",\"line one\r\nline \"\"two\"\"\rthree\"";
        List<RawRecord> records = leads("email,creation_date,full_name\n" + record
                + "\nb,2,n\n");

        assertThat(records).hasSize(2);
        RawRecord first = records.get(0);
        assertThat(first.isMalformed()).isFalse();
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.text()).isEqualTo(record);
        assertThat(first.value(LeadField.FULL_NAME)).isEqualTo("line one\r\nline \"two\"\rthree");
        assertThat(records.get(1).line()).isEqualTo(5);
    }

    @Test
    void quoteInsideUnquotedFieldIsLiteral() throws IOException {
        assertThat(leads("email,creation_date,full_name\na,1,O\"Brien\nb,2,x\n"))
                .extracting(r -> r.value(LeadField.FULL_NAME)).containsExactly("O\"Brien", "x");
    }

    @Test
    void wrongFieldCountIsMalformed() throws IOException {
        List<RawRecord> records = leads("email,creation_date,phone\na,1\nb,2,3,4\nc,3,5\n");

        assertThat(records).extracting(RawRecord::isMalformed).containsExactly(true, true, false);
        assertThat(records.get(0).malformation()).isEqualTo("expected 3 fields but found 2");
        assertThat(records.get(0).text()).isEqualTo("a,1");
        assertThat(records.get(0).line()).isEqualTo(2);
        assertThat(records.get(1).malformation()).isEqualTo("expected 3 fields but found 4");
    }

    @Test
    void textAfterClosingQuoteIsMalformedAndCostsOnlyThatLine() throws IOException {
        List<RawRecord> records = leads("email,creation_date\n\"a\"x,\"1\nb,2\n");

        assertThat(records).hasSize(2);
        assertThat(records.get(0).isMalformed()).isTrue();
        assertThat(records.get(0).malformation()).startsWith("invalid quoting");
        assertThat(records.get(0).line()).isEqualTo(2);
        assertThat(records.get(1).isMalformed()).isFalse();
        assertThat(records.get(1).line()).isEqualTo(3);
    }

    @Test
    void unterminatedQuoteCostsExactlyOneRecordAndFollowingLinesAreRead() throws IOException {
        List<RawRecord> records = leads("email,creation_date\na,1\n\"b,2\nc,3\n\nd,4\n");

        assertThat(records).hasSize(4);
        assertThat(lines(records)).containsExactly(2L, 3L, 4L, 6L);
        RawRecord broken = records.get(1);
        assertThat(broken.isMalformed()).isTrue();
        assertThat(broken.malformation()).isEqualTo("quote opened on line 3 is never closed");
        assertThat(broken.text()).isEqualTo("\"b,2");
        assertThat(records.get(2).value(LeadField.EMAIL)).isEqualTo("c");
        assertThat(records.get(3).value(LeadField.EMAIL)).isEqualTo("d");
        assertThat(records).filteredOn(RawRecord::isMalformed).hasSize(1);
    }

    @Test
    void unterminatedQuoteOnLastLineWithCrLineEndings() throws IOException {
        List<RawRecord> records = leads("email,creation_date\ra,1\rb,\"2");

        assertThat(records).extracting(RawRecord::line, RawRecord::isMalformed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, false),
                        org.assertj.core.groups.Tuple.tuple(3L, true));
        assertThat(records.get(1).text()).isEqualTo("b,\"2");
    }

    @Test
    void unterminatedQuoteInLaterLineOfRecordNamesThatLine() throws IOException {
        List<RawRecord> records = leads(
                "email,creation_date,full_name\n\"a\",\"x\ny\",\"open\nb,2,n\n");

        assertThat(records).hasSize(3);
        assertThat(records.get(0).malformation()).isEqualTo("quote opened on line 3 is never closed");
        assertThat(records.get(0).line()).isEqualTo(2);
        assertThat(records.get(0).text()).isEqualTo("\"a\",\"x");
        // resumes at line 3, which now opens a quote of its own that never closes either
        assertThat(records.get(1).line()).isEqualTo(3);
        assertThat(records.get(1).isMalformed()).isTrue();
        assertThat(records.get(2).line()).isEqualTo(4);
        assertThat(records.get(2).value(LeadField.EMAIL)).isEqualTo("b");
    }

    @Test
    void recordOverTheLimitIsMalformedAndNextLineIsRead() throws IOException {
        String longLine = "a," + "9".repeat(100);
        Path file = write(dir, "crm_leads.csv", "email,creation_date\n" + longLine
                + "\r\nb,2\n");

        List<RawRecord> records = readAll(DelimitedFileInput.csv(file), SourceSchema.LEADS,
                Fixtures.withMaxRecordLength(40));

        assertThat(records).hasSize(2);
        assertThat(records.get(0).isMalformed()).isTrue();
        assertThat(records.get(0).line()).isEqualTo(2);
        assertThat(records.get(0).malformation()).contains("longer than 40 characters")
                .contains("maxRecordLength");
        assertThat(records.get(0).text()).isEqualTo(longLine.substring(0, 40));
        assertThat(records.get(0).isTextTruncated()).isTrue();
        assertThat(records.get(1).line()).isEqualTo(3);
        assertThat(records.get(1).value(LeadField.EMAIL)).isEqualTo("b");
    }

    @Test
    void recordExactlyAtTheLimitIsAccepted() throws IOException {
        String record = "a,123456789012345678";
        Path file = write(dir, "crm_leads.csv", "email,creation_date\n" + record + "\n");

        assertThat(readAll(DelimitedFileInput.csv(file), SourceSchema.LEADS,
                Fixtures.withMaxRecordLength(20)))
                .singleElement().satisfies(r -> assertThat(r.isMalformed()).isFalse());
    }

    @Test
    void multiLineQuotedRecordOverTheLimitResumesAtItsSecondLine() throws IOException {
        Path file = write(dir, "crm_leads.csv",
                "email,creation_date\n\"a\nb,1\nc,2\nd,3\ne,4\nf,5\ng,6\n");

        List<RawRecord> records = readAll(DelimitedFileInput.csv(file), SourceSchema.LEADS,
                Fixtures.withMaxRecordLength(20));

        assertThat(records.get(0).isMalformed()).isTrue();
        assertThat(records.get(0).line()).isEqualTo(2);
        assertThat(records.get(0).text()).isEqualTo("\"a");
        // the reject's raw is its whole first line, the next lines are read again: not cut
        assertThat(records.get(0).isTextTruncated()).isFalse();
        assertThat(records.subList(1, records.size()))
                .extracting(RawRecord::line, r -> r.value(LeadField.EMAIL))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "b"),
                        org.assertj.core.groups.Tuple.tuple(4L, "c"),
                        org.assertj.core.groups.Tuple.tuple(5L, "d"),
                        org.assertj.core.groups.Tuple.tuple(6L, "e"),
                        org.assertj.core.groups.Tuple.tuple(7L, "f"),
                        org.assertj.core.groups.Tuple.tuple(8L, "g"));
        assertThat(records.get(0).malformation()).contains("longer than 20");
    }

    @Test
    void plainLinesAroundAnOverlongQuotedRecordKeepTheirNumbersAcrossBuffersAndLineEndings()
            throws IOException {
        // Thousands of short lines with mixed terminators span many read buffers; an unclosed
        // quote makes an over-long record whose following lines are read again from the replay.
        String[] endings = {"\n", "\r\n", "\r"};
        StringBuilder text = new StringBuilder("email,creation_date\n");
        java.util.Map<Long, String> expected = new java.util.LinkedHashMap<>();
        long line = 2;
        for (int i = 0; i < 6000; i++, line++) {
            if (i == 2500) {
                text.append("\"open,1").append(endings[i % 3]);
                continue;
            }
            if (i % 997 == 0) {
                text.append("  ").append(endings[i % 3]);
                continue;
            }
            text.append("e").append(i).append(',').append(i).append(endings[(i * 7) % 3]);
            expected.put(line, "e" + i);
        }
        Path file = write(dir, "crm_leads.csv", text.toString());

        List<RawRecord> records = readAll(DelimitedFileInput.csv(file), SourceSchema.LEADS,
                Fixtures.withMaxRecordLength(4000));

        assertThat(records).filteredOn(RawRecord::isMalformed).singleElement()
                .satisfies(r -> assertThat(r.line()).isEqualTo(2502L));
        java.util.Map<Long, String> read = new java.util.LinkedHashMap<>();
        records.stream().filter(r -> !r.isMalformed())
                .forEach(r -> read.put(r.line(), r.value(LeadField.EMAIL)));
        assertThat(read).containsExactlyEntriesOf(expected);
    }

    @Test
    void hugeLineIsSkippedWithBoundedMemory() throws IOException {
        // 64 MiB on one line with a 1 KiB limit: must not be buffered (test heap is 1 GiB, and
        // a StringBuilder of 64 Mi chars would be caught by the length of the text anyway).
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes("email,creation_date\n\"".getBytes(StandardCharsets.UTF_8));
        byte[] chunk = "x".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 1024; i++) {
            out.writeBytes(chunk);
        }
        out.writeBytes("\nb,2\n".getBytes(StandardCharsets.UTF_8));
        Path file = write(dir, "crm_leads.csv", out.toByteArray());

        List<RawRecord> records = readAll(DelimitedFileInput.csv(file), SourceSchema.LEADS,
                Fixtures.withMaxRecordLength(1024));

        assertThat(records).hasSize(2);
        assertThat(records.get(0).text()).hasSize(1024);
        assertThat(records.get(1).line()).isEqualTo(3);
        assertThat(records.get(1).value(LeadField.EMAIL)).isEqualTo("b");
    }

    @Test
    void invalidBytesDecodeAsReplacementCharacterAndReadingGoesOn() throws IOException {
        List<RawRecord> records = leads(bytes("email,creation_date,full_name\na,1,J",
                new int[] {0xC3, 0x28, 0xFF}, "rg\nb,2,ok\n"));

        assertThat(records).hasSize(2);
        assertThat(records.get(0).value(LeadField.FULL_NAME)).isEqualTo("J\uFFFD(\uFFFDrg");
        assertThat(records.get(1).value(LeadField.FULL_NAME)).isEqualTo("ok");
    }

    @Test
    void pipeDelimitedFileUsesQuotesLikeCsv() throws IOException {
        Path file = write(dir, "transactions.txt",
                "transaction_id|user_uuid|amount|status\n\"T|1\"|u|\"1,5\"|ok\n");

        assertThat(readAll(DelimitedFileInput.pipe(file), SourceSchema.TRANSACTIONS))
                .singleElement().satisfies(r -> {
                    assertThat(r.value(TransactionField.TRANSACTION_ID)).isEqualTo("T|1");
                    assertThat(r.value(TransactionField.AMOUNT)).isEqualTo("1,5");
                });
    }

    @Test
    void rejectsQuoteOrLineBreakAsDelimiter() {
        assertThatThrownBy(() -> DelimitedFileInput.of(dir.resolve("f"), '"'))
                .isInstanceOf(io.customer360.error.ConfigurationException.class)
                .hasMessageContaining("but was '\"'");
        assertThatThrownBy(() -> DelimitedFileInput.of(dir.resolve("f"), '\n'))
                .isInstanceOf(io.customer360.error.ConfigurationException.class)
                .hasMessageContaining("U+000A");
    }

    @Test
    void honoursConfiguredCharset() throws IOException {
        Path file = write(dir, "crm_leads.csv", "email,creation_date,full_name\na,1,Jos\u00e9\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        assertThat(readAll(DelimitedFileInput.csv(file), SourceSchema.LEADS,
                new ReadOptions(StandardCharsets.ISO_8859_1, io.customer360.read.ReadLimits.defaults())))
                .singleElement()
                .satisfies(r -> assertThat(r.value(LeadField.FULL_NAME)).isEqualTo("Jos\u00e9"));
    }
}
