package io.customer360.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customer360.error.SchemaException;
import io.customer360.model.Source;
import io.customer360.report.RunReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFilesTest {
    private static final String UUID = "11111111-1111-4111-8111-111111111111";

    @TempDir
    Path input;
    @TempDir
    Path parent;

    private Path output() {
        return parent.resolve("out");
    }

    private void writeInputs(String leadsHeader) throws IOException {
        Files.writeString(input.resolve(LocalFiles.LEADS_FILE),
                leadsHeader + "\nL1,a@x.io,2024-01-01\n");
        Files.writeString(input.resolve(LocalFiles.TRANSACTIONS_FILE),
                "transaction_id|user_uuid|amount|status\nT1|" + UUID + "|5|completed\n");
        Files.writeString(input.resolve(LocalFiles.WEB_ACTIVITY_FILE),
                "{\"user_uuid\":\"" + UUID + "\",\"email\":\"a@x.io\"}\n");
    }

    @Test
    void readsTheIdentityMapOnlyWhenItsFileExists() throws IOException {
        writeInputs("lead_id,email,creation_date");

        RunReport withoutMap = LocalFiles.defaults(input, output()).build().run();
        Files.writeString(input.resolve(LocalFiles.IDENTITY_MAP_FILE), "email,user_uuid\n");
        RunReport withMap = LocalFiles.defaults(input, output()).build().run();

        assertThat(withoutMap.sources()).doesNotContainKey(Source.IDENTITY_MAP);
        assertThat(withMap.sources()).containsKey(Source.IDENTITY_MAP);
        assertThat(withMap.identity().linked()).isEqualTo(1);
        assertThat(output().resolve("customer_360.parquet")).isRegularFile();
        assertThat(output().resolve("rejects.jsonl")).isRegularFile();
        assertThat(output().resolve("rejected_transactions.log")).isRegularFile();
        assertThat(output().resolve("run_report.json")).isRegularFile();
    }

    @Test
    void failsBeforeWritingWhenARequiredColumnIsMissing() throws IOException {
        writeInputs("lead_id,email,created");

        assertThatThrownBy(() -> LocalFiles.defaults(input, output()).build().run())
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining(LocalFiles.LEADS_FILE)
                .hasMessageContaining("creation_date")
                .hasMessageContaining("[lead_id, email, created]");
        assertThat(output()).doesNotExist();
    }

    @Test
    void failsFastNamingAMissingInputFile() throws IOException {
        writeInputs("lead_id,email,creation_date");
        Files.delete(input.resolve(LocalFiles.WEB_ACTIVITY_FILE));

        assertThatThrownBy(() -> LocalFiles.defaults(input, output()).build().run())
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining(input.resolve(LocalFiles.WEB_ACTIVITY_FILE).toString());
        assertThat(output()).doesNotExist();
    }
}
