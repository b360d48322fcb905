package io.customer360.spark.read;

import io.customer360.model.Source;
import io.customer360.read.FieldDefinition;
import io.customer360.read.SourceField;
import io.customer360.read.SourceSchema;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link SourceSchema} that Spark can ship to its tasks: the source and the names each field is
 * read from, rebuilt into one schema instance per task (records compare schemas by identity).
 */
public final class SchemaHandle implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The schema's source. */
    private final Source source;
    /** Per field's canonical name, the names it is read from, the first its column name. */
    private final Map<String, List<String>> names;
    /** The schema rebuilt on this side, once. */
    private transient SourceSchema schema;

    private SchemaHandle(SourceSchema schema) {
        this.source = schema.source();
        this.names = new LinkedHashMap<>();
        for (SourceField field : schema.fields()) {
            FieldDefinition definition = schema.definition(field);
            List<String> all = new ArrayList<>();
            all.add(definition.columnName());
            all.addAll(definition.aliases());
            names.put(field.columnName(), all);
        }
        this.schema = schema;
    }

    /**
     * A handle of a schema.
     *
     * @param schema the schema
     * @return its handle
     */
    public static SchemaHandle of(SourceSchema schema) {
        return new SchemaHandle(schema);
    }

    /**
     * The schema: the built-in instance when the names are the built-in ones.
     *
     * @return the schema, the same instance on every call
     */
    public SourceSchema schema() {
        if (schema == null) {
            SourceSchema builtIn = SourceSchema.of(source);
            SourceSchema named = builtIn.withNames(names);
            schema = named.equals(builtIn) ? builtIn : named;
        }
        return schema;
    }
}
