package io.customer360.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.model.ReasonCode;
import io.customer360.output.Rejection;
import io.customer360.validate.Violation;
import org.junit.jupiter.api.Test;

class RawRecordTest {

    @Test
    void onlyARecordMadeFromItsHeadHasItsTextTruncated() {
        RawRecord head = RawRecord.malformedHead(SourceSchema.LEADS, 2, "L1,ann@", "too long");
        RawRecord whole = RawRecord.malformed(SourceSchema.LEADS, 2, "L1,ann@", "too long");
        RawRecord ok = RawRecord.of(SourceSchema.LEADS, 2, "L1,ann@",
                new String[SourceSchema.LEADS.size()], null);

        assertThat(head.isTextTruncated()).isTrue();
        assertThat(head.isMalformed()).isTrue();
        assertThat(head.text()).isEqualTo("L1,ann@");
        assertThat(whole.isTextTruncated()).isFalse();
        assertThat(ok.isTextTruncated()).isFalse();
        assertThat(head).isNotEqualTo(whole);
        assertThat(head).isEqualTo(
                RawRecord.malformedHead(SourceSchema.LEADS, 2, "L1,ann@", "too long"));
    }

    @Test
    void rejectionTellsWhetherItsRawIsTruncated() {
        Violation violation = Violation.of(ReasonCode.MALFORMED_RECORD, "Malformed record");

        assertThat(new Rejection(RawRecord.malformedHead(SourceSchema.WEB_ACTIVITY, 5, "{", "x"),
                violation).rawTruncated()).isTrue();
        assertThat(new Rejection(RawRecord.malformed(SourceSchema.WEB_ACTIVITY, 5, "{", "x"),
                violation).rawTruncated()).isFalse();
    }

    @Test
    void aRecordInAFileIsTheSameRecordNamingItsFile() {
        RawRecord record = RawRecord.of(SourceSchema.LEADS, 3, "L1,ann@",
                new String[SourceSchema.LEADS.size()], null);
        RawRecord malformed = RawRecord.malformedHead(SourceSchema.LEADS, 4, "L2", "too long");

        RawRecord inFile = record.inFile("in/leads/b.csv");

        assertThat(record.file()).isNull();
        assertThat(inFile.file()).isEqualTo("in/leads/b.csv");
        assertThat(inFile.line()).isEqualTo(3);
        assertThat(inFile.text()).isEqualTo("L1,ann@");
        assertThat(inFile).isNotEqualTo(record).isEqualTo(record.inFile("in/leads/b.csv"));
        assertThat(inFile.toString()).isEqualTo("leads record at line 3 of in/leads/b.csv");
        assertThat(malformed.inFile("f").isTextTruncated()).isTrue();
        assertThat(malformed.inFile("f").malformation()).isEqualTo("too long");
    }

    @Test
    void kindsGivenAsAllTextEqualNoKindsGiven() {
        String[] values = new String[SourceSchema.LEADS.size()];
        ValueKind[] text = new ValueKind[values.length];
        java.util.Arrays.fill(text, ValueKind.TEXT);
        ValueKind[] number = text.clone();
        number[0] = ValueKind.NUMBER;
        RawRecord plain = RawRecord.of(SourceSchema.LEADS, 2, "L1", values, null);

        assertThat(RawRecord.of(SourceSchema.LEADS, 2, "L1", values, text)).isEqualTo(plain)
                .hasSameHashCodeAs(plain);
        assertThat(RawRecord.of(SourceSchema.LEADS, 2, "L1", values, number))
                .isNotEqualTo(plain);
        assertThat(plain).isNotEqualTo(RawRecord.of(SourceSchema.LEADS, 2, "L1", values,
                number));
    }
}
