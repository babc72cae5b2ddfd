package vn.ccvc.examples;

import static vn.ccvc.archunit.ArchitectureRules.CcvcModule.EXAMPLES;
import static vn.ccvc.archunit.ArchitectureRules.allowingEmpty;
import static vn.ccvc.archunit.ArchitectureRules.commonRules;
import static vn.ccvc.archunit.ArchitectureRules.testsOfMain;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Architecture rules of {@code examples}: it may depend on every module and print to the
 * console, but it has no package cycles and uses no other module's {@code internal} package.
 */
class ExamplesArchitectureTest {

  @TestFactory
  Stream<DynamicTest> followsCommonRules() {
    // The module has no classes yet, and ArchUnit fails a rule that checks no classes.
    return testsOfMain(EXAMPLES, allowingEmpty(commonRules(EXAMPLES)));
  }
}
