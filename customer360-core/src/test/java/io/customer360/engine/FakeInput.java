package io.customer360.engine;

import io.customer360.read.RawRecord;
import io.customer360.read.ReadOptions;
import io.customer360.read.RecordReader;
import io.customer360.read.SourceInput;
import io.customer360.read.SourceSchema;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** An in-memory source for engine tests: "field=value" rows, one per line from line 2. */
final class FakeInput implements SourceInput {
    private final String name;
    private final List<String[]> rows = new ArrayList<>();

    FakeInput(String name) {
        this.name = name;
    }

    FakeInput row(String... pairs) {
        rows.add(pairs);
        return this;
    }

    @Override
    public String location() {
        return name;
    }

    @Override
    public RecordReader open(SourceSchema schema, ReadOptions options) {
        List<RawRecord> records = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            records.add(Records.raw(schema, i + 2, rows.get(i)));
        }
        Iterator<RawRecord> iterator = records.iterator();
        return new RecordReader() {
            @Override
            public RawRecord read() {
                return iterator.hasNext() ? iterator.next() : null;
            }

            @Override
            public void close() {
            }
        };
    }
}
