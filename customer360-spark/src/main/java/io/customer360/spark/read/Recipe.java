package io.customer360.spark.read;

import io.customer360.io.read.DelimitedFileInput;
import io.customer360.io.read.JsonLinesFileInput;
import io.customer360.read.ReadLimits;
import io.customer360.read.ReadOptions;
import io.customer360.read.SourceSchema;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a task needs to build the input, schema and options the driver was given, none of which
 * is serializable: their settings, rebuilt through their public API on the task's side.
 */
final class Recipe implements Serializable {
    private static final long serialVersionUID = 1L;

    private final boolean delimited;
    private final char delimiter;
    private final Character quote;
    private final Character escape;
    private final String charset;
    private final List<String> nullTokens;
    private final List<String> columns;
    private final SchemaHandle schema;
    /** The run's charset, by name: a {@link Charset} is not serializable. */
    private final String runCharset;
    private final ReadLimits limits;

    private Recipe(boolean delimited, char delimiter, Character quote, Character escape,
            Charset charset, List<String> nullTokens, List<String> columns, SourceSchema schema,
            ReadOptions options) {
        this.delimited = delimited;
        this.delimiter = delimiter;
        this.quote = quote;
        this.escape = escape;
        this.charset = charset == null ? null : charset.name();
        this.nullTokens = new ArrayList<>(nullTokens);
        this.columns = new ArrayList<>(columns);
        this.schema = SchemaHandle.of(schema);
        this.runCharset = options.charset().name();
        this.limits = options.limits();
    }

    static Recipe of(DelimitedFileInput format, SourceSchema schema, ReadOptions options) {
        return new Recipe(true, format.delimiter(), format.quote().orElse(null),
                format.escape().orElse(null), format.charset().orElse(null),
                format.nullTokens(), format.columns(), schema, options);
    }

    static Recipe of(JsonLinesFileInput format, SourceSchema schema, ReadOptions options) {
        return new Recipe(false, ',', null, null, format.charset().orElse(null),
                format.nullTokens(), List.of(), schema, options);
    }

    DelimitedFileInput delimited(Path file) {
        if (!delimited) {
            throw new IllegalStateException("not a delimited input");
        }
        DelimitedFileInput format = DelimitedFileInput.of(file, delimiter);
        format = quote == null ? format.withoutQuote() : format.withQuote(quote);
        if (escape != null) {
            format = format.withEscape(escape);
        }
        if (charset != null) {
            format = format.withCharset(Charset.forName(charset));
        }
        format = format.withNullTokens(nullTokens.toArray(new String[0]));
        return columns.isEmpty() ? format : format.withColumns(columns.toArray(new String[0]));
    }

    JsonLinesFileInput json(Path file) {
        JsonLinesFileInput format = JsonLinesFileInput.of(file);
        if (charset != null) {
            format = format.withCharset(Charset.forName(charset));
        }
        return format.withNullTokens(nullTokens.toArray(new String[0]));
    }

    /** The schema: the built-in instance when the names are the built-in ones. */
    SourceSchema schema() {
        return schema.schema();
    }

    ReadOptions options() {
        return new ReadOptions(Charset.forName(runCharset), limits);
    }
}
