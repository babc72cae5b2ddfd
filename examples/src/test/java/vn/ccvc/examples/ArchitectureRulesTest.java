package vn.ccvc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import vn.ccvc.archunit.ArchitectureRules;
import vn.ccvc.archunit.ArchitectureRules.CcvcModule;
import vn.ccvc.examples.fixture.api.Api;
import vn.ccvc.examples.fixture.api.internal.Implementation;
import vn.ccvc.examples.fixture.cycle.Outer;
import vn.ccvc.examples.fixture.cycle.inner.Inner;
import vn.ccvc.model.Award;
import vn.ccvc.model.Profile;
import vn.ccvc.model.RecordCallingValidator;
import vn.ccvc.model.catalog.Catalogs;
import vn.ccvc.model.fixture.ModelCallsExamples;
import vn.ccvc.model.fixture.ModelUsesOwnInternal;
import vn.ccvc.render.fixture.RenderUsesModelInternal;
import vn.ccvc.sync.fixture.SyncCallsWorkflow;
import vn.ccvc.sync.fixture.SyncUsesModel;

/**
 * Checks that the shared architecture rules catch what they forbid, on fixture classes placed in
 * the packages of the modules. The tests live in {@code examples} because it runs on the class
 * path with every module, so fixtures may sit in any module's packages.
 */
class ArchitectureRulesTest {

  @Test
  void moduleDependencies_rejectSiblingModule() {
    ArchRule rule = ArchitectureRules.onlyAllowedModuleDependencies(CcvcModule.SYNC_CLIENT);

    assertThat(violates(rule, SyncCallsWorkflow.class)).isTrue();
  }

  @Test
  void moduleDependencies_acceptModel() {
    ArchRule rule = ArchitectureRules.onlyAllowedModuleDependencies(CcvcModule.SYNC_CLIENT);

    assertThat(violates(rule, SyncUsesModel.class)).isFalse();
  }

  @Test
  void moduleDependencies_rejectExamplesFromModel() {
    ArchRule rule = ArchitectureRules.onlyAllowedModuleDependencies(CcvcModule.MODEL);

    assertThat(violates(rule, ModelCallsExamples.class)).isTrue();
  }

  @Test
  void packageCycles_rejectPackageAndSubpackage() {
    ArchRule rule = ArchitectureRules.noPackageCycles(CcvcModule.EXAMPLES);

    assertThat(violates(rule, Outer.class, Inner.class)).isTrue();
  }

  @Test
  void packageCycles_acceptPackageAndItsInternal() {
    ArchRule rule = ArchitectureRules.noPackageCycles(CcvcModule.EXAMPLES);

    assertThat(violates(rule, Api.class, Implementation.class)).isFalse();
  }

  @Test
  void modelValidation_rejectsCall() {
    ArchRule rule = ArchitectureRules.modelUsesValidationOnlyInAnnotations();

    assertThat(violates(rule, RecordCallingValidator.class)).isTrue();
  }

  @Test
  void modelValidation_acceptsAnnotations() {
    ArchRule rule = ArchitectureRules.modelUsesValidationOnlyInAnnotations();

    assertThat(violates(rule, Award.class, Profile.class)).isFalse();
  }

  @Test
  void internalPackages_rejectOtherModule() {
    ArchRule rule = ArchitectureRules.noForeignInternalPackages(CcvcModule.RENDER);

    assertThat(violates(rule, RenderUsesModelInternal.class)).isTrue();
  }

  @Test
  void internalPackages_acceptOwnModule() {
    ArchRule rule = ArchitectureRules.noForeignInternalPackages(CcvcModule.MODEL);

    assertThat(violates(rule, ModelUsesOwnInternal.class)).isFalse();
  }

  @Test
  void consoleOutput_rejectsStandardStreams() {
    ArchRule rule = ArchitectureRules.noConsoleOutput(CcvcModule.RENDER);

    assertThat(violates(rule, PrintsToStdout.class)).isTrue();
    assertThat(violates(rule, PrintsToStderr.class)).isTrue();
    assertThat(violates(rule, PrintsStackTrace.class)).isTrue();
  }

  @Test
  void platformLogging_rejected() {
    ArchRule rule = ArchitectureRules.noJavaUtilLogging(CcvcModule.RENDER);

    assertThat(violates(rule, LogsToJavaUtilLogging.class)).isTrue();
    assertThat(violates(rule, LogsToSystemLogger.class)).isTrue();
  }

  @Test
  void staticFields_rejectNonFinal() {
    ArchRule rule = ArchitectureRules.noStaticMutableFields(CcvcModule.RENDER);

    assertThat(violates(rule, CountsInStaticField.class)).isTrue();
  }

  @Test
  void staticFields_acceptLazyCatalogues() {
    ArchRule rule = ArchitectureRules.noStaticMutableFields(CcvcModule.MODEL);

    assertThat(violates(rule, Catalogs.class)).isFalse();
  }

  @Test
  void staticFields_acceptConstant() {
    ArchRule rule = ArchitectureRules.noStaticMutableFields(CcvcModule.RENDER);

    assertThat(violates(rule, KeepsStaticConstant.class)).isFalse();
  }

  private static boolean violates(ArchRule rule, Class<?>... fixtures) {
    JavaClasses classes = new ClassFileImporter().importClasses(fixtures);
    return rule.evaluate(classes).hasViolation();
  }

  static class PrintsToStdout {
    void run() {
      System.out.println("saved");
    }
  }

  static class PrintsToStderr {
    void run() {
      System.err.println("failed");
    }
  }

  static class PrintsStackTrace {
    void run(RuntimeException e) {
      e.printStackTrace();
    }
  }

  static class LogsToJavaUtilLogging {
    void run() {
      Logger.getLogger("ccvc").info("saved");
    }
  }

  static class LogsToSystemLogger {
    void run() {
      System.getLogger("ccvc").log(System.Logger.Level.INFO, "saved");
    }
  }

  static class CountsInStaticField {
    static int count;

    void run() {
      count++;
    }
  }

  static class KeepsStaticConstant {
    static final int LIMIT = 12;
  }
}
