package org.normdesk.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** DESIGN.md §2: the command line uses domain and services only. */
class CliLayeringTest {

    @Test
    void cliUsesOnlyDomainAndServices() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.normdesk");
        noClasses().that().resideInAPackage("org.normdesk.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.normdesk.store..", "org.jooq..", "javafx..",
                        "org.normdesk.ui..", "org.normdesk.app..", "org.h2..", "org.flywaydb..")
                .check(classes);
    }
}
