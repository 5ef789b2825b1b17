package org.normdesk.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The window's share of DESIGN.md §2: screens use domain and services, never the store. */
class UiLayeringTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.normdesk");

    @Test
    void theWindowNeverTouchesTheStore() {
        noClasses().that().resideInAPackage("org.normdesk.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.normdesk.store..", "org.jooq..", "org.h2..")
                .check(CLASSES);
    }

    @Test
    void sharedHelpersKnowOnlyTheDomain() {
        noClasses().that().resideInAPackage("org.normdesk.ui.common..")
                .should().dependOnClassesThat().resideInAnyPackage("org.normdesk.service..", "org.normdesk.app..")
                .check(CLASSES);
    }

    @Test
    void screensDoNotReachIntoTheApplication() {
        noClasses().that().resideInAPackage("org.normdesk.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.normdesk.app..")
                .check(CLASSES);
    }
}
