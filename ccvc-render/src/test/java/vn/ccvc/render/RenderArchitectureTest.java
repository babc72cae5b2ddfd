package vn.ccvc.render;

import static vn.ccvc.archunit.ArchitectureRules.CcvcModule.RENDER;
import static vn.ccvc.archunit.ArchitectureRules.libraryRules;
import static vn.ccvc.archunit.ArchitectureRules.testsOfMain;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Architecture rules of {@code ccvc-render}: the library rules, with {@code ccvc-model} as the
 * only ccvc module it may depend on.
 */
class RenderArchitectureTest {

  @TestFactory
  Stream<DynamicTest> followsLibraryRules() {
    return testsOfMain(RENDER, libraryRules(RENDER));
  }
}
