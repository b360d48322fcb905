package io.customer360;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shape of core: its dependencies, its packages and what it exports. */
class CoreLayeringTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.customer360");

    /** The packages of the public API; everything else in core is internal. */
    private static final Set<String> API = Set.of("io.customer360", "io.customer360.aggregate",
            "io.customer360.error", "io.customer360.explain", "io.customer360.identity", "io.customer360.model",
            "io.customer360.output", "io.customer360.read", "io.customer360.report",
            "io.customer360.validate");

    @Test
    void coreImportsNoCsvJsonParquetOrHadoopClass() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "org.apache.commons.csv..", "com.fasterxml.jackson..", "org.apache.parquet..",
                "org.apache.hadoop..", "tools.jackson..")
                .because("core must stay free of heavy I/O dependencies")
                .check(CORE);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.customer360.(**)").should().beFreeOfCycles().check(CORE);
        noClasses().that().resideOutsideOfPackage("io.customer360")
                .should().dependOnClassesThat().resideInAPackage("io.customer360")
                .because("the root package holds the entry point, which uses every other one")
                .check(CORE);
    }

    @Test
    void theApiDoesNotDependOnTheEngineOrTheStandardisationRules() {
        noClasses().that().resideInAnyPackage(API.stream().filter(p -> !p.equals("io.customer360"))
                        .toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage("io.customer360.engine..",
                        "io.customer360.standardise..")
                .because("API types must not expose internal ones")
                .check(CORE);
    }

    @Test
    void theEngineIsPackagePrivateButForWhatTheEntryPointsCall() {
        // The local entry point calls PipelineRun with RunSettings and FileMoves; the Spark
        // module takes a builder's settings (BuilderSettings) and distributes core's rules
        // (DistributedRules over CustomerParts) instead of implementing them again, the
        // identity guards' included (EvidenceLink, ComponentSplit, LinkedGroup).
        classes().that().resideInAPackage("io.customer360.engine")
                .and().haveModifier(JavaModifier.PUBLIC)
                .should().haveSimpleNameStartingWith("PipelineRun")
                .orShould().haveSimpleName("RunSettings")
                .orShould().haveSimpleName("FileMoves")
                .orShould().haveSimpleName("BuilderSettings")
                .orShould().haveSimpleName("DistributedRules")
                .orShould().haveSimpleName("CustomerParts")
                .orShould().haveSimpleName("CappedUnion")
                .orShould().haveSimpleName("EvidenceLink")
                .orShould().haveSimpleName("ComponentSplit")
                .orShould().haveSimpleName("LinkedGroup")
                .check(CORE);
    }

    @Test
    void theModuleExportsExactlyTheApiPackages() throws IOException, URISyntaxException {
        Path classes = Path.of(Customer360.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        Set<String> exported = descriptor.exports().stream()
                .filter(export -> !export.isQualified())
                .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());

        assertThat(descriptor.name()).isEqualTo("io.customer360.core");
        assertThat(exported).isEqualTo(API).doesNotContain("io.customer360.engine",
                "io.customer360.engine.parse", "io.customer360.standardise");
    }

    @Test
    void coreHasClassesToCheck() {
        assertThat(CORE.contain(Customer360.class)).isTrue();
        assertThat(CORE.containPackage("io.customer360.engine")).isTrue();
    }
}
