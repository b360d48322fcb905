package io.customer360;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class CoreLayeringTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.customer360");

    @Test
    void coreImportsNoCsvJsonParquetOrHadoopClass() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "org.apache.commons.csv..", "com.fasterxml.jackson..", "org.apache.parquet..",
                "org.apache.hadoop..", "tools.jackson..")
                .because("core must stay free of heavy I/O dependencies (see STYLE.md)")
                .check(CORE);
    }

    @Test
    void coreHasClassesToCheck() {
        org.assertj.core.api.Assertions.assertThat(CORE.contain(Customer360.class)).isTrue();
    }
}
