package io.customer360.examples;

import io.customer360.aggregate.StateAggregator;
import io.customer360.model.Lead;
import io.customer360.output.ColumnType;
import io.customer360.output.OutputColumn;
import java.util.List;
import java.util.TreeSet;

/**
 * An example state aggregator over leads: {@code lead_sources}, the sorted distinct lead sources
 * of all of a customer's leads (one lead per email), where the primary lead's
 * {@code lead_source} column shows one.
 */
public final class LeadSourcesAggregator implements StateAggregator<Lead, TreeSet<String>> {
    private static final long serialVersionUID = 1L;

    @Override
    public Class<Lead> recordType() {
        return Lead.class;
    }

    @Override
    public List<OutputColumn> columns() {
        return List.of(OutputColumn.required("lead_sources", ColumnType.STRING_LIST));
    }

    @Override
    public TreeSet<String> create() {
        return new TreeSet<>();
    }

    @Override
    public TreeSet<String> add(TreeSet<String> sources, Lead lead) {
        if (lead.leadSource() != null) {
            sources.add(lead.leadSource());
        }
        return sources;
    }

    @Override
    public TreeSet<String> merge(TreeSet<String> left, TreeSet<String> right) {
        left.addAll(right);
        return left;
    }

    @Override
    public List<Object> output(TreeSet<String> sources) {
        return List.of(List.copyOf(sources));
    }
}
