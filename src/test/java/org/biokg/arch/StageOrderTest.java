package org.biokg.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The stages in the order the data flows: a stage uses the ones before it, never one after it, and no two
 * packages depend on each other. {@code org.biokg} itself (BiokgException, Progress) is below them all.
 */
class StageOrderTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.biokg");

    @Test
    void noStageReachesBackIntoALaterOne() {
        ArchRule rule = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("text").definedBy("org.biokg.text..")
                .layer("nlp").definedBy("org.biokg.nlp..")
                .layer("extract").definedBy("org.biokg.extract..")
                .layer("link").definedBy("org.biokg.link..")
                .layer("rdf").definedBy("org.biokg.rdf..")
                .layer("store").definedBy("org.biokg.store..")
                .layer("serve").definedBy("org.biokg.serve..")
                .layer("eval").definedBy("org.biokg.eval..")
                .layer("bench").definedBy("org.biokg.bench..")
                .layer("cli").definedBy("org.biokg.cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("bench").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("eval").mayOnlyBeAccessedByLayers("bench", "cli")
                .whereLayer("serve").mayOnlyBeAccessedByLayers("eval", "bench", "cli")
                .whereLayer("store").mayOnlyBeAccessedByLayers("serve", "eval", "bench", "cli")
                .whereLayer("rdf").mayOnlyBeAccessedByLayers("store", "serve", "eval", "bench", "cli")
                .whereLayer("link").mayOnlyBeAccessedByLayers("rdf", "store", "serve", "eval", "bench", "cli")
                .whereLayer("extract").mayOnlyBeAccessedByLayers("link", "rdf", "store", "serve", "eval", "bench", "cli")
                .whereLayer("nlp").mayOnlyBeAccessedByLayers("extract", "link", "rdf", "store", "serve", "eval", "bench", "cli")
                .whereLayer("text").mayOnlyBeAccessedByLayers("nlp", "extract", "link", "rdf", "store", "serve", "eval", "bench", "cli");
        rule.check(MAIN);
    }

    /** The Spark job (the spark profile's org.biokg.spark) is a last stage, like cli: nothing else uses it. */
    @Test
    void nothingUsesTheSparkJob() {
        noClasses().that().resideOutsideOfPackage("org.biokg.spark..")
                .should().dependOnClassesThat().resideInAPackage("org.biokg.spark..")
                .check(MAIN);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.biokg.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    /** Inside a stage too: no two packages depend on each other (extract and extract.repair, say). */
    @Test
    void noCyclesBetweenSubPackages() {
        slices().matching("org.biokg.(**)").should().beFreeOfCycles().check(MAIN);
    }
}
