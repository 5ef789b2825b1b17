package org.normdesk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the arrows of DESIGN.md §2 pointing down. */
@AnalyzeClasses(packages = "org.normdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule domainKnowsOnlyTheJdk = noClasses().that().resideInAPackage("org.normdesk.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "org.jooq..", "org.apache.poi..", "com.hankcs..", "org.h2..", "org.flywaydb..",
                    "picocli..", "com.fasterxml..", "org.controlsfx..",
                    "org.normdesk.store..", "org.normdesk.service..", "org.normdesk.ui..", "org.normdesk.cli..",
                    "org.normdesk.app..", "org.normdesk.word..", "org.normdesk.text..");

    @ArchTest
    static final ArchRule uiStaysOutOfTheStore = noClasses().that().resideInAPackage("org.normdesk.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.normdesk.store..", "org.jooq..", "org.h2..",
                    "org.flywaydb..");

    @ArchTest
    static final ArchRule cliStaysOutOfTheStoreAndTheToolkit = noClasses().that().resideInAPackage("org.normdesk.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.normdesk.store..", "org.normdesk.ui..",
                    "org.jooq..", "javafx..");

    @ArchTest
    static final ArchRule storeKnowsNothingAbove = noClasses().that().resideInAPackage("org.normdesk.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.normdesk.service..", "org.normdesk.ui..",
                    "org.normdesk.cli..", "org.normdesk.app..", "javafx..");

    @ArchTest
    static final ArchRule servicesKnowNoToolkit = noClasses().that().resideInAPackage("org.normdesk.service..")
            .should().dependOnClassesThat().resideInAnyPackage("org.normdesk.ui..", "org.normdesk.cli..",
                    "org.normdesk.app..", "javafx..");

    @ArchTest
    static final ArchRule poiOnlyInWord = noClasses().that().resideOutsideOfPackage("org.normdesk.word..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.poi..");

    @ArchTest
    static final ArchRule hanlpOnlyInText = noClasses().that().resideOutsideOfPackage("org.normdesk.text..")
            .should().dependOnClassesThat().resideInAPackage("com.hankcs..");

    @ArchTest
    static final ArchRule luceneOnlyInTheStore = noClasses().that().resideOutsideOfPackage("org.normdesk.store..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..");
}
