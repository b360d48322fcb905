package io.customer360;

import io.customer360.aggregate.Aggregator;
import io.customer360.aggregate.TransactionAggregator;
import io.customer360.aggregate.WebActivityAggregator;
import io.customer360.model.Lead;
import io.customer360.output.ColumnType;
import io.customer360.output.CustomerRow;
import io.customer360.output.OutputColumn;
import io.customer360.output.OutputSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * The customer table's columns (SPEC §5) and how one customer becomes a row: identity and lead
 * columns, the built-in aggregators' columns (computed by the engine from its compact
 * {@link ActivityTable}), the activity summary, then custom aggregators' columns.
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

    private final List<Aggregator<?, ?>> custom;
    private final OutputSchema schema;

    /**
     * @throws IllegalArgumentException when two columns share a name
     */
    CustomerTable(List<Aggregator<?, ?>> custom) {
        this.custom = List.copyOf(custom);
        List<OutputColumn> columns = new ArrayList<>(IDENTITY_COLUMNS);
        columns.addAll(new TransactionAggregator().columns());
        columns.addAll(new WebActivityAggregator().columns());
        columns.addAll(SUMMARY_COLUMNS);
        for (Aggregator<?, ?> aggregator : custom) {
            columns.addAll(aggregator.columns());
        }
        this.schema = new OutputSchema(columns);
    }

    OutputSchema schema() {
        return schema;
    }

    /**
     * The row of one customer.
     *
     * @param primaryLead  the primary lead, or null
     * @param activity     the built-in aggregates of the customer's UUIDs
     * @param customStates the merged states of the custom aggregators
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    CustomerRow row(String customerId, String primaryEmail, List<String> emails,
            List<String> userUuids, Lead primaryLead, CustomerActivity activity,
            Object[] customStates) {
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
        at = put(values, at, activity.transactionValues());
        at = put(values, at, activity.webValues());
        values[at++] = activity.lastActivity();
        values[at++] = primaryLead != null;
        values[at++] = activity.hasTransactions();
        values[at++] = activity.hasWebActivity();
        for (int i = 0; i < custom.size(); i++) {
            Aggregator aggregator = custom.get(i);
            List<Object> output;
            try {
                output = aggregator.output(customStates[i]);
            } catch (RuntimeException failure) {
                throw new ExtensionException("aggregator " + aggregator.getClass().getName()
                        + " failed to write its columns: " + failure.getMessage(), failure);
            }
            if (output.size() != aggregator.columns().size()) {
                throw new ExtensionException("aggregator " + aggregator.getClass().getName()
                        + " gave " + output.size() + " values for "
                        + aggregator.columns().size() + " columns", null);
            }
            at = put(values, at, output);
        }
        return CustomerRow.of(schema, values);
    }

    private static int put(Object[] values, int at, List<Object> output) {
        int next = at;
        for (Object value : output) {
            values[next++] = value;
        }
        return next;
    }
}
