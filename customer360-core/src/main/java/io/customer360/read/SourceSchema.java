package io.customer360.read;

import io.customer360.error.ConfigurationException;
import io.customer360.model.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The fields a reader extracts for one source, indexed by their ordinal, each with the names it
 * is read from: by default its canonical name and aliases ({@link SourceField#definition()}),
 * or the names a run configures ({@link #withNames(Map)}). Readers find a field's column or
 * JSON field by {@link #definition(SourceField)}.
 */
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
    /** Per field ordinal, the names it is read from. */
    private final List<FieldDefinition> definitions;

    private SourceSchema(Source source, SourceField[] fields) {
        this.source = source;
        this.fields = List.of(fields);
        this.definitions = this.fields.stream().map(SourceField::definition).toList();
    }

    private SourceSchema(SourceSchema schema, List<FieldDefinition> definitions) {
        this.source = schema.source;
        this.fields = schema.fields;
        this.definitions = List.copyOf(definitions);
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
     * The names {@code field} is read from in this schema: its own definition, or the names
     * configured for it. The definition's {@link FieldDefinition#columnName()} is the preferred
     * name, which wins over the aliases when several are present.
     *
     * @param field a field of this schema
     * @return the field's names and requiredness
     * @throws IllegalArgumentException when the field is not one of this schema's
     */
    public FieldDefinition definition(SourceField field) {
        int ordinal = field.ordinal();
        if (ordinal >= fields.size() || fields.get(ordinal) != field) {
            throw new IllegalArgumentException(field + " is not a field of the " + this);
        }
        return definitions.get(ordinal);
    }

    /**
     * The field whose canonical name is {@code canonicalName}, e.g. {@code creation_date}.
     *
     * @param canonicalName a canonical field name, as {@link SourceField#columnName()}
     * @return the field, or empty when this schema has none of that name
     */
    public Optional<SourceField> field(String canonicalName) {
        Objects.requireNonNull(canonicalName, "canonicalName");
        return fields.stream().filter(field -> field.columnName().equals(canonicalName))
                .findFirst();
    }

    /**
     * A copy of this schema in which each field named by a key of {@code names} (its canonical
     * name) is read from the given names instead of its own name and aliases: the first name is
     * the preferred one, the others are aliases in order of preference. Requiredness is kept.
     * Fields not named keep their definitions.
     *
     * @param names per canonical field name, the names it is read from; names are used as given
     *              (delimited headers match them trimmed and case-insensitively, JSON field
     *              names exactly)
     * @return the schema with these names
     * @throws ConfigurationException when a key is not a field of this source (the message
     *     lists the fields), a field is given no name or a blank one, or two fields of the
     *     schema would share a name (compared as {@link #normaliseName})
     */
    public SourceSchema withNames(Map<String, List<String>> names) {
        List<FieldDefinition> renamed = new ArrayList<>(definitions);
        for (Map.Entry<String, List<String>> entry : names.entrySet()) {
            SourceField field = field(entry.getKey()).orElseThrow(() -> new ConfigurationException(
                    source.reportName() + " has no field '" + entry.getKey() + "'; its fields are "
                    + fields.stream().map(SourceField::columnName).toList(), null));
            List<String> given = List.copyOf(entry.getValue());
            if (given.isEmpty()) {
                throw new ConfigurationException(source.reportName() + " field '"
                        + field.columnName() + "' is given no column name", null);
            }
            for (String name : given) {
                if (name.isBlank()) {
                    throw new ConfigurationException(source.reportName() + " field '"
                            + field.columnName() + "' is given a blank column name", null);
                }
            }
            renamed.set(field.ordinal(), new FieldDefinition(given.get(0),
                    field.required(), given.subList(1, given.size())));
        }
        requireDistinctNames(renamed);
        return new SourceSchema(this, renamed);
    }

    private void requireDistinctNames(List<FieldDefinition> renamed) {
        Map<String, String> fieldOfName = new HashMap<>();
        for (int f = 0; f < fields.size(); f++) {
            String canonical = fields.get(f).columnName();
            FieldDefinition definition = renamed.get(f);
            List<String> all = new ArrayList<>();
            all.add(definition.columnName());
            all.addAll(definition.aliases());
            for (String name : all) {
                String other = fieldOfName.putIfAbsent(normaliseName(name), canonical);
                if (other != null && !other.equals(canonical)) {
                    throw new ConfigurationException(source.reportName() + " column name '"
                            + name + "' is given to two fields, '" + other + "' and '"
                            + canonical + "'; a name may read one field only", null);
                }
            }
        }
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
    public boolean equals(Object other) {
        return other instanceof SourceSchema && ((SourceSchema) other).source == source
                && ((SourceSchema) other).definitions.equals(definitions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, definitions);
    }

    @Override
    public String toString() {
        return source.reportName() + " schema";
    }
}
