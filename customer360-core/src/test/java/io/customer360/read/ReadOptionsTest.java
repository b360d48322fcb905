package io.customer360.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReadOptionsTest {
    @Test
    void survivesJavaSerialisationAsEnginesThatShipItToWorkersDo() throws Exception {
        ReadOptions options = new ReadOptions(StandardCharsets.ISO_8859_1,
                ReadLimits.builder().maxRecordLength(1234).build());

        assertThat(roundTrip(options)).isEqualTo(options);
    }

    private static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(
                new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
