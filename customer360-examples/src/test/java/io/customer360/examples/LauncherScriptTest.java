package io.customer360.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script {@code src/main/launcher/customer360}, run against a stand-in
 * {@code java} that prints the arguments it was given, one per line.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherScriptTest {
    private static final Path SCRIPT = Path.of("src", "main", "launcher", "customer360");
    /** The options the launcher always gives, first. */
    private static final String[] TUNING = {"-XX:+UseParallelGC", "-XX:+IgnoreUnrecognizedVMOptions",
        "-XX:FreqInlineSize=100", "-XX:InlineSmallCode=800", "-XX:MaxInlineLevel=9"};

    @TempDir
    Path temp;
    private Path distribution;
    private Path javaHome;

    @BeforeEach
    void installScriptBesideTheJarAndAStandInJava() throws IOException {
        distribution = Files.createDirectories(temp.resolve("dist with space"));
        Files.copy(SCRIPT, distribution.resolve("customer360"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.createFile(distribution.resolve("customer360.jar"));
        javaHome = Files.createDirectories(temp.resolve("jdk").resolve("bin")).getParent();
        Path java = javaHome.resolve("bin").resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n", UTF_8);
        assertThat(java.toFile().setExecutable(true)).isTrue();
    }

    @Test
    void usesTheClassArchiveBesideTheJarTheParallelCollectorAndASmallerInliningBudget() throws Exception {
        Files.createFile(distribution.resolve("customer360.jsa"));

        List<String> arguments = run(Map.of(), "in folder", "out");

        assertThat(withoutHugePages(arguments)).containsExactly(TUNING[0], TUNING[1], TUNING[2],
                TUNING[3], TUNING[4], "-XX:SharedArchiveFile=" + distribution.resolve("customer360.jsa"),
                "-Xshare:auto", "-Xlog:cds*=off",
                "-jar", distribution.resolve("customer360.jar").toString(), "in folder", "out");
    }

    @Test
    void runsWithoutAnArchiveWhenTheBuildWroteNone() throws Exception {
        List<String> arguments = run(Map.of(), "--help");

        assertThat(withoutHugePages(arguments)).containsExactly(TUNING[0], TUNING[1], TUNING[2],
                TUNING[3], TUNING[4],
                "-jar", distribution.resolve("customer360.jar").toString(), "--help");
    }

    @Test
    void addsTheOptionsOfTheEnvironmentLastBeforeTheJarSoThatTheyOverride() throws Exception {
        Files.createFile(distribution.resolve("customer360.jsa"));

        List<String> arguments = run(Map.of("CUSTOMER360_JAVA_OPTS", "-Xmx1g  -Dx=y"), "in", "out");

        assertThat(withoutHugePages(arguments)).containsExactly(TUNING[0], TUNING[1], TUNING[2],
                TUNING[3], TUNING[4], "-XX:SharedArchiveFile="
                        + distribution.resolve("customer360.jsa"), "-Xshare:auto", "-Xlog:cds*=off", "-Xmx1g", "-Dx=y",
                "-jar", distribution.resolve("customer360.jar").toString(), "in", "out");
    }

    @Test
    void findsTheJarThroughSymbolicLinksToTheScript() throws Exception {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path relative = Files.createSymbolicLink(bin.resolve("relative"),
                bin.relativize(distribution.resolve("customer360")));
        Path chained = Files.createSymbolicLink(bin.resolve("customer360"), relative.toAbsolutePath());

        List<String> arguments = runScript(chained, Map.of(), "--version");

        assertThat(arguments).containsSubsequence("-jar",
                distribution.resolve("customer360.jar").toString(), "--version");
    }

    @Test
    void asksForTransparentHugePagesExactlyWhenTheKernelGivesThemOnRequest() throws Exception {
        Path mode = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        boolean madvise = Files.isReadable(mode) && Files.readString(mode).contains("[madvise]");

        List<String> arguments = run(Map.of(), "in", "out");

        int flag = arguments.indexOf("-XX:+UseTransparentHugePages");
        if (madvise) {
            assertThat(flag).isGreaterThan(arguments.indexOf(TUNING[4]))
                    .isLessThan(arguments.indexOf("-jar"));
        } else {
            assertThat(flag).isEqualTo(-1);
        }
    }

    /** The arguments without the huge-pages option, which depends on this machine's kernel. */
    private static List<String> withoutHugePages(List<String> arguments) {
        return arguments.stream().filter(a -> !a.equals("-XX:+UseTransparentHugePages")).toList();
    }

    private List<String> run(Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        return runScript(distribution.resolve("customer360"), environment, arguments);
    }

    private List<String> runScript(Path script, Map<String, String> environment,
            String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("CUSTOMER360_JAVA_OPTS");
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().toList();
    }
}
