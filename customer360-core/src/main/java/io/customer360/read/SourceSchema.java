package io.customer360.read;

import io.customer360.model.Source;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The fields a reader extracts for one source, indexed by their ordinal. */
public final class SourceSchema {

    /** The leads schema. */
    public static final SourceSchema LEADS = new SourceSchema(Source.LEADS, LeadField.values());
    /** The transactions schema. */
    public static final SourceSchema TRANSACTIONS =
            new SourceSchema(Source.TRANSACTIONS, TransactionField.values());
    /** The web activity schema. */
    public static final SourceSchema WEB_ACTIVITY =
            new SourceSchema(Source.WEB_ACTIVITY, WebActivityField.values());
    /** The identity map schema. */
    public static final SourceSchema IDENTITY_MAP =
            new SourceSchema(Source.IDENTITY_MAP, IdentityMapField.values());

    private final Source source;
    private final List<SourceField> fields;

    private SourceSchema(Source source, SourceField[] fields) {
        this.source = source;
        this.fields = List.of(fields);
    }

    /**
     * Returns the built-in schema of a source.
     *
     * @param source the source
     * @return its schema
     */
    public static SourceSchema of(Source source) {
        switch (Objects.requireNonNull(source, "source")) {
            case LEADS:
                return LEADS;
            case TRANSACTIONS:
                return TRANSACTIONS;
            case WEB_ACTIVITY:
                return WEB_ACTIVITY;
            case IDENTITY_MAP:
                return IDENTITY_MAP;
            default:
                throw new IllegalArgumentException("no schema for source " + source);
        }
    }

    /**
     * The source these fields belong to.
     *
     * @return the source
     */
    public Source source() {
        return source;
    }

    /**
     * The fields in ordinal order.
     *
     * @return the fields
     */
    public List<SourceField> fields() {
        return fields;
    }

    /**
     * The number of fields.
     *
     * @return the number of fields
     */
    public int size() {
        return fields.size();
    }

    /**
     * Normalises a header or field name for matching: trimmed and lower-cased (Locale.ROOT).
     *
     * @param name a header or field name
     * @return the name as matched
     */
    public static String normaliseName(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return source.reportName() + " schema";
    }
}
