package io.customer360;

import io.customer360.aggregate.Aggregator;
import io.customer360.model.Lead;
import io.customer360.output.ColumnType;
import io.customer360.output.CustomerRow;
import io.customer360.output.OutputColumn;
import io.customer360.output.OutputSchema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The customer table's columns (SPEC §5) and how one customer becomes a row: identity and lead
 * columns, the built-in aggregators' columns, the activity summary, then custom aggregators'
 * columns.
 */
final class CustomerTable {
    private static final List<OutputColumn> IDENTITY_COLUMNS = List.of(
            OutputColumn.required("customer_id", ColumnType.STRING),
            OutputColumn.optional("primary_email", ColumnType.STRING),
            OutputColumn.required("emails", ColumnType.STRING_LIST),
            OutputColumn.required("user_uuids", ColumnType.STRING_LIST),
            OutputColumn.optional("lead_id", ColumnType.STRING),
            OutputColumn.optional("full_name", ColumnType.STRING),
            OutputColumn.optional("phone", ColumnType.STRING),
            OutputColumn.optional("lead_source", ColumnType.STRING),
            OutputColumn.optional("lead_created_at", ColumnType.TIMESTAMP_MILLIS));
    private static final List<OutputColumn> SUMMARY_COLUMNS = List.of(
            OutputColumn.optional("last_activity_at", ColumnType.TIMESTAMP_MILLIS),
            OutputColumn.required("has_lead", ColumnType.BOOLEAN),
            OutputColumn.required("has_transactions", ColumnType.BOOLEAN),
            OutputColumn.required("has_web_activity", ColumnType.BOOLEAN));

    private final List<Aggregator<?, ?>> aggregators;
    private final int builtInCount;
    private final OutputSchema schema;

    /**
     * @throws IllegalArgumentException when two columns share a name
     */
    CustomerTable(List<Aggregator<?, ?>> builtIn, List<Aggregator<?, ?>> custom) {
        List<Aggregator<?, ?>> all = new ArrayList<>(builtIn);
        all.addAll(custom);
        this.aggregators = List.copyOf(all);
        this.builtInCount = builtIn.size();
        List<OutputColumn> columns = new ArrayList<>(IDENTITY_COLUMNS);
        for (int i = 0; i < aggregators.size(); i++) {
            if (i == builtInCount) {
                columns.addAll(SUMMARY_COLUMNS);
            }
            columns.addAll(aggregators.get(i).columns());
        }
        if (aggregators.size() == builtInCount) {
            columns.addAll(SUMMARY_COLUMNS);
        }
        this.schema = new OutputSchema(columns);
    }

    OutputSchema schema() {
        return schema;
    }

    List<Aggregator<?, ?>> aggregators() {
        return aggregators;
    }

    /**
     * The row of one customer.
     *
     * @param primaryLead the primary lead, or null
     * @param activity    the merged activity of the customer's UUIDs
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    CustomerRow row(String customerId, String primaryEmail, List<String> emails,
            List<String> userUuids, Lead primaryLead, UuidActivity activity) {
        Object[] values = new Object[schema.size()];
        int at = 0;
        values[at++] = customerId;
        values[at++] = primaryEmail;
        values[at++] = emails;
        values[at++] = userUuids;
        values[at++] = primaryLead == null ? null : primaryLead.leadId();
        values[at++] = primaryLead == null ? null : primaryLead.fullName();
        values[at++] = primaryLead == null ? null : primaryLead.phone();
        values[at++] = primaryLead == null ? null : primaryLead.leadSource();
        values[at++] = primaryLead == null ? null : primaryLead.creationDate();
        for (int i = 0; i < aggregators.size(); i++) {
            if (i == builtInCount) {
                at = summary(values, at, primaryLead != null, activity);
            }
            Aggregator aggregator = aggregators.get(i);
            List<Object> output = aggregator.output(activity.states[i]);
            if (output.size() != aggregator.columns().size()) {
                throw new IllegalStateException("aggregator " + aggregator.getClass().getName()
                        + " gave " + output.size() + " values for "
                        + aggregator.columns().size() + " columns");
            }
            for (Object value : output) {
                values[at++] = value;
            }
        }
        if (aggregators.size() == builtInCount) {
            summary(values, at, primaryLead != null, activity);
        }
        return CustomerRow.of(schema, values);
    }

    private static int summary(Object[] values, int at, boolean hasLead, UuidActivity activity) {
        values[at] = activity.lastActivityMillis == Long.MIN_VALUE ? null
                : Instant.ofEpochMilli(activity.lastActivityMillis);
        values[at + 1] = hasLead;
        values[at + 2] = activity.hasTransactions;
        values[at + 3] = activity.hasWebActivity;
        return at + 4;
    }
}
