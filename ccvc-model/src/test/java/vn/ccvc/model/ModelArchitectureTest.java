package vn.ccvc.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.ccvc.archunit.ArchitectureRules;
import vn.ccvc.archunit.ArchitectureRules.CcvcModule;

/**
 * Architecture rules of {@code ccvc-model}: it depends on no other ccvc module, and its records
 * use the validation packages only in their constraint annotations.
 */
class ModelArchitectureTest {

  private static final JavaClasses CLASSES = ArchitectureRules.importMain(CcvcModule.MODEL);

  @TestFactory
  Stream<DynamicTest> followsRules() {
    List<ArchRule> rules = new ArrayList<>(ArchitectureRules.libraryRules(CcvcModule.MODEL));
    rules.add(ArchitectureRules.modelUsesValidationOnlyInAnnotations());
    return ArchitectureRules.tests(CLASSES, rules);
  }

  @Test
  void importFindsMainClasses() {
    assertThat(CLASSES.contain(Profile.class)).isTrue();
  }

  @Test
  void testsRunOnModulePath() {
    assertThat(Profile.class.getModule().getName()).isEqualTo("vn.ccvc.model");
  }

  @Test
  void importLeavesOutTests() {
    assertThat(CLASSES.contain(ModelArchitectureTest.class)).isFalse();
  }
}
