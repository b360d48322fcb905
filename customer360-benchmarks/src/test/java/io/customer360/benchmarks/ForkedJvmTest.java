package io.customer360.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForkedJvmTest {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java")
            .toString();

    @TempDir
    Path temp;

    @Test
    void aJarRunsWithMinusJarAfterTheHeapAndOptions() {
        ForkedJvm jvm = ForkedJvm.builder().heap("2g").jvmOption("-XX:+UseSerialGC")
                .jar(Path.of("/opt/app.jar")).arguments(List.of("--master", "local[2]", "in", "out"))
                .build();

        assertThat(jvm.command()).containsExactly(JAVA, "-Xmx2g", "-XX:+UseSerialGC", "-jar",
                "/opt/app.jar", "--master", "local[2]", "in", "out");
    }

    @Test
    void aMainClassRunsOnThisClassPath() {
        ForkedJvm jvm = ForkedJvm.builder().mainClass("a.Main").arguments(List.of("x")).build();

        assertThat(jvm.command()).containsExactly(JAVA, "-Xmx1g", "-cp",
                System.getProperty("java.class.path"), "a.Main", "x");
    }

    @Test
    void eitherAMainClassOrAJar() {
        assertThatThrownBy(() -> ForkedJvm.builder().build())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ForkedJvm.builder().mainClass("a.Main").jar(Path.of("a.jar")).build())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void heapsAreChecked() {
        assertThat(ForkedJvm.checkHeap("--spark-heap", "2g")).isEqualTo("2g");
        assertThat(ForkedJvm.checkHeap("--heap", "1536M")).isEqualTo("1536M");
        assertThatThrownBy(() -> ForkedJvm.builder().heap("-Xmx2g"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("heap must look like 256m or 2g but was -Xmx2g");
    }

    /**
     * A runnable jar of the kind the Spark module builds (Main-Class, Class-Path, Add-Opens in
     * its manifest) runs with no JVM flags, with the heap and arguments given.
     */
    @Test
    void aRunnableJarRunsWithItsManifest() throws Exception {
        Path jar = runnableJar(temp.resolve("child.jar"));

        ForkedJvm.Result result = ForkedJvm.builder().heap("64m").jar(jar)
                .arguments(List.of("--master", "local[2]", "in dir", "out")).build()
                .run(60, TimeUnit.SECONDS);

        assertThat(result.exitCode()).as(result.stderrTail()).isZero();
        assertThat(result.values()).containsEntry("arguments", 4L).containsEntry("java_lang_open", 1L);
        assertThat(result.values().get("max_heap_bytes")).isBetween(32L << 20, 64L << 20);
        assertThat(result.stdout()).contains("argument: local[2]", "argument: in dir");
        assertThat(result.wallNanos()).isPositive();
    }

    private static Path runnableJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.put(Attributes.Name.MAIN_CLASS, Child.class.getName());
        // The test classes' folder, as a URL ending with '/'.
        main.put(Attributes.Name.CLASS_PATH, Child.class.getProtectionDomain().getCodeSource()
                .getLocation().toString());
        main.put(new Attributes.Name("Add-Opens"), "java.base/java.lang");
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream written = new JarOutputStream(out, manifest)) {
            // The manifest is the whole jar: the classes come through its Class-Path.
            written.flush();
        }
        return jar;
    }

    /** The child of {@link #aRunnableJarRunsWithItsManifest}: prints what it was given. */
    static final class Child {
        private Child() {
        }

        public static void main(String[] args) {
            StringBuilder out = new StringBuilder();
            out.append("arguments=").append(args.length).append('\n');
            for (String argument : args) {
                out.append("argument: ").append(argument).append('\n');
            }
            out.append("max_heap_bytes=").append(Runtime.getRuntime().maxMemory()).append('\n');
            boolean open = Object.class.getModule().isOpen("java.lang", Child.class.getModule());
            out.append("java_lang_open=").append(open ? 1 : 0).append('\n');
            System.out.print(out);
        }
    }
}
