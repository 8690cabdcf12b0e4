package vn.kiemtra.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The arrows of docs/architecture.md, enforced on the compiled classes. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.kiemtra");
  }

  @Test
  void coreIsPlainJava() {
    noClasses()
        .that()
        .resideInAPackage("vn.kiemtra.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "javafx..",
            "org.jooq..",
            "org.flywaydb..",
            "org.h2..",
            "net.sf.jasperreports..",
            "picocli..",
            "com.fasterxml..",
            "java.sql..")
        .because("core holds the product's behaviour and is tested without any framework")
        .check(classes);
  }

  @Test
  void coreDependsOnNoOuterLayer() {
    noClasses()
        .that()
        .resideInAPackage("vn.kiemtra.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "vn.kiemtra.persistence..",
            "vn.kiemtra.report..",
            "vn.kiemtra.exchange..",
            "vn.kiemtra.syncio..",
            "vn.kiemtra.ui..",
            "vn.kiemtra.cli..")
        .because("adapters and front ends depend on core, never the other way")
        .check(classes);
  }

  @Test
  void onlyPersistenceTouchesTheDatabase() {
    noClasses()
        .that()
        .resideOutsideOfPackage("vn.kiemtra.persistence..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.jooq..", "org.flywaydb..", "org.h2..")
        .because("only persistence may touch H2, Flyway and jOOQ")
        .check(classes);
  }

  @Test
  void onlyReportTouchesJasperReports() {
    noClasses()
        .that()
        .resideOutsideOfPackage("vn.kiemtra.report..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("net.sf.jasperreports..")
        .because("only report may touch JasperReports")
        .check(classes);
  }

  @Test
  void frontEndsUseCoreOnly() {
    noClasses()
        .that()
        .resideInAnyPackage("vn.kiemtra.ui..", "vn.kiemtra.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "vn.kiemtra.persistence..",
            "vn.kiemtra.report..",
            "vn.kiemtra.exchange..",
            "vn.kiemtra.syncio..")
        .because("ui and cli depend on core only; the composition roots wire the adapters")
        .check(classes);
  }

  @Test
  void windowAndCommandsDoNotKnowEachOther() {
    noClasses()
        .that()
        .resideInAPackage("vn.kiemtra.ui..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("vn.kiemtra.cli..")
        .because("the window and the office commands are separate front ends")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("vn.kiemtra.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("vn.kiemtra.ui..", "javafx..")
        .because("the office commands run without a display")
        .check(classes);
  }

  @Test
  void adaptersDoNotDependOnEachOther() {
    noClasses()
        .that()
        .resideInAnyPackage("vn.kiemtra.persistence..", "vn.kiemtra.exchange..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("vn.kiemtra.report..", "vn.kiemtra.ui..", "vn.kiemtra.cli..")
        .because("adapters implement core's interfaces and know nothing of each other")
        .check(classes);
  }

  @Test
  void viewModelsHoldNoControls() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("ViewModel")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx.scene.control..", "javafx.scene.layout..", "javafx.stage..")
        .because("view models are testable state, the views own the controls")
        .check(classes);
  }

  @Test
  void corePackagesHaveNoCycles() {
    slices()
        .matching("vn.kiemtra.core.(*)..")
        .should()
        .beFreeOfCycles()
        .because("core features build on each other in one direction")
        .check(classes);
  }

  @Test
  void uiPackagesHaveNoCycles() {
    slices()
        .matching("vn.kiemtra.ui.(*)..")
        .should()
        .beFreeOfCycles()
        .because("ui features build on ui.common, not on each other in circles")
        .check(classes);
  }
}
