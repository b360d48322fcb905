package io.customer360;

import io.customer360.identity.Identifiers;
import io.customer360.model.Lead;
import io.customer360.output.CustomerRow;
import io.customer360.report.IdentityReport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Turns identity groups into customer rows (SPEC §4): drops groups without a lead or activity,
 * picks the primary lead and email, merges the activity of the group's UUIDs and sorts the
 * rows by {@code customer_id}.
 */
final class CustomerAssembler {
    private final CustomerTable table;
    private final LeadSelector leads;
    private final Map<String, UuidActivity> activityByUuid;

    CustomerAssembler(CustomerTable table, LeadSelector leads,
            Map<String, UuidActivity> activityByUuid) {
        this.table = table;
        this.leads = leads;
        this.activityByUuid = activityByUuid;
    }

    PipelineRun.CustomerRows assemble(Collection<List<String>> groups) {
        List<CustomerRow> rows = new ArrayList<>();
        long withLead = 0;
        long withActivity = 0;
        long linked = 0;
        long dropped = 0;
        for (List<String> keys : groups) {
            List<String> emails = valuesOf(keys, true);
            List<String> uuids = valuesOf(keys, false);
            Lead primary = primaryLead(emails);
            UuidActivity activity = mergedActivity(uuids);
            boolean hasActivity = activity.hasTransactions || activity.hasWebActivity;
            if (primary == null && !hasActivity) {
                dropped++;
                continue;
            }
            withLead += primary == null ? 0 : 1;
            withActivity += hasActivity ? 1 : 0;
            linked += primary != null && hasActivity ? 1 : 0;
            String anchor = keys.stream().min(Comparator.naturalOrder()).orElseThrow();
            String primaryEmail = primary != null ? primary.email()
                    : emails.isEmpty() ? null : emails.get(0);
            rows.add(table.row(Identifiers.customerId(anchor), primaryEmail, emails, uuids,
                    primary, activity));
        }
        rows.sort(Comparator.comparing(row -> (String) row.get(0)));
        IdentityReport identity = new IdentityReport(rows.size(), withLead, withActivity, linked,
                rows.size() - withLead, dropped);
        return new PipelineRun.CustomerRows(rows, identity);
    }

    private Lead primaryLead(List<String> emails) {
        Lead primary = null;
        for (String email : emails) {
            Lead lead = leads.newest(email);
            if (lead != null && (primary == null
                    || LeadSelector.NEWEST_LAST.compare(lead, primary) > 0)) {
                primary = lead;
            }
        }
        return primary;
    }

    private UuidActivity mergedActivity(List<String> uuids) {
        UuidActivity merged = new UuidActivity(table.aggregators());
        for (String uuid : uuids) {
            UuidActivity activity = activityByUuid.get(uuid);
            if (activity != null) {
                merged.mergeFrom(activity, table.aggregators());
            }
        }
        return merged;
    }

    private static List<String> valuesOf(List<String> keys, boolean emails) {
        List<String> values = new ArrayList<>();
        for (String key : keys) {
            if (emails ? Identifiers.isEmail(key) : Identifiers.isUuid(key)) {
                values.add(Identifiers.value(key));
            }
        }
        values.sort(null);
        return values;
    }
}
