package io.customer360.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customer360.error.ConfigurationException;
import io.customer360.model.Source;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceSchemaNamesTest {

    @Test
    void aSchemaReadsEachFieldByItsOwnDefinitionByDefault() {
        for (Source source : Source.values()) {
            SourceSchema schema = SourceSchema.of(source);
            for (SourceField field : schema.fields()) {
                assertThat(schema.definition(field)).isEqualTo(field.definition());
            }
        }
        assertThat(SourceSchema.LEADS.withNames(Map.of())).isEqualTo(SourceSchema.LEADS);
    }

    @Test
    void configuredNamesReplaceTheNameAndAliasesAndKeepRequiredness() {
        SourceSchema schema = SourceSchema.LEADS.withNames(Map.of(
                "creation_date", List.of("Created On", "signup"), "full_name", List.of("Name")));

        assertThat(schema.definition(LeadField.CREATION_DATE)).isEqualTo(
                new FieldDefinition("Created On", true, List.of("signup")));
        assertThat(schema.definition(LeadField.FULL_NAME)).isEqualTo(
                new FieldDefinition("Name", false, List.of()));
        assertThat(schema.definition(LeadField.LEAD_SOURCE))
                .isEqualTo(LeadField.LEAD_SOURCE.definition());
        assertThat(schema.fields()).isEqualTo(SourceSchema.LEADS.fields());
        assertThat(schema).isNotEqualTo(SourceSchema.LEADS);
        assertThat(LeadField.CREATION_DATE.columnName()).isEqualTo("creation_date");
    }

    @Test
    void refusesUnknownFieldsNoNamesAndNamesOfTwoFields() {
        assertThatThrownBy(() -> SourceSchema.WEB_ACTIVITY.withNames(
                Map.of("uid", List.of("uid"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("web_activity has no field 'uid'")
                .hasMessageContaining("[user_uuid, session_id, page_views, timestamp, email]");
        assertThatThrownBy(() -> SourceSchema.LEADS.withNames(Map.of("email", List.of())))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("no column name");
        assertThatThrownBy(() -> SourceSchema.TRANSACTIONS.withNames(
                Map.of("email", List.of("mail", "Timestamp"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(
                        "'Timestamp' is given to two fields, 'transaction_date' and 'email'");
        assertThat(SourceSchema.TRANSACTIONS.withNames(Map.of("transaction_date",
                List.of("Timestamp", "timestamp"))).definition(TransactionField.TRANSACTION_DATE)
                .columnName()).isEqualTo("Timestamp");
    }
}
