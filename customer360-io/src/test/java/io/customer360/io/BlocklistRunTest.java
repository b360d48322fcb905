package io.customer360.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.identity.IdentifierBlocklist;
import io.customer360.output.OutputNames;
import io.customer360.report.RunReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A placeholder e-mail that many people's records carry would merge them into one customer;
 * on the blocklist it links nobody, and each keeps what else identifies them.
 */
class BlocklistRunTest {
    private static final String[] UUIDS = {"0330fcaa-8a5c-8140-574d-d01bc0d04a51",
        "0330fcaa-8a5c-8140-574d-d01bc0d04a52", "0330fcaa-8a5c-8140-574d-d01bc0d04a53",
        "0330fcaa-8a5c-8140-574d-d01bc0d04a54"};

    @TempDir
    Path temp;
    private Path in;

    @BeforeEach
    void inputs() throws IOException {
        in = temp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve(LocalFiles.LEADS_FILE), "email,creation_date,user_uuid\n"
                + "ann@example.com,2024-01-02," + UUIDS[0] + "\n");
        StringBuilder transactions = new StringBuilder("transaction_id|user_uuid|amount|status"
                + "|email\n");
        for (int i = 0; i < UUIDS.length; i++) {
            transactions.append("TX-").append(i).append('|').append(UUIDS[i])
                    .append("|10|completed|test@test.com\n");
        }
        Files.writeString(in.resolve(LocalFiles.TRANSACTIONS_FILE), transactions);
        Files.writeString(in.resolve(LocalFiles.WEB_ACTIVITY_FILE), "{\"user_uuid\":\""
                + UUIDS[1] + "\",\"email\":\"noreply@shop.example.org\"}\n{\"user_uuid\":\""
                + UUIDS[2] + "\",\"email\":\"NoReply@shop.example.org\"}\n");
    }

    @Test
    void withoutTheBlocklistThePlaceholderMergesEveryone() {
        RunReport report = LocalFiles.defaults(in, temp.resolve("out"))
                .identityBlocklist(IdentifierBlocklist.NONE).build().run();
        assertThat(report.identity().customers()).isEqualTo(1);
        assertThat(report.identity().linksBlocked()).isZero();
    }

    @Test
    void theDefaultBlocklistKeepsEachPersonApartAndCountsTheLinksNotUsed() throws IOException {
        RunReport report = LocalFiles.defaults(in, temp.resolve("out")).build().run();
        // ann@example.com with UUID 1 (the lead's link), then UUIDs 2, 3 and 4 alone; the two
        // placeholder e-mails are groups of their own without lead or activity: dropped.
        assertThat(report.identity().customers()).isEqualTo(4);
        assertThat(report.identity().withLead()).isEqualTo(1);
        assertThat(report.identity().groupsDropped()).isEqualTo(2);
        assertThat(report.identity().linksBlocked()).isEqualTo(UUIDS.length + 2);
        assertThat(Files.readString(temp.resolve("out").resolve(OutputNames.REPORT)))
                .contains("\"links_blocked\": 6");
    }

    @Test
    void aListOfYourOwnReplacesTheDefaults() {
        RunReport report = LocalFiles.defaults(in, temp.resolve("out"))
                .identityBlocklist(IdentifierBlocklist.of(List.of("noreply@*"))).build().run();
        // test@test.com links the four UUIDs again; the noreply e-mails link nobody.
        assertThat(report.identity().customers()).isEqualTo(1);
        assertThat(report.identity().linksBlocked()).isEqualTo(2);
    }
}
