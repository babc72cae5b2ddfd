package vn.ccvc.credentials;

import static vn.ccvc.archunit.ArchitectureRules.CcvcModule.CREDENTIALS;
import static vn.ccvc.archunit.ArchitectureRules.libraryRules;
import static vn.ccvc.archunit.ArchitectureRules.testsOfMain;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Architecture rules of {@code ccvc-credentials}: the library rules, with {@code ccvc-model} as the
 * only ccvc module it may depend on.
 */
class CredentialsArchitectureTest {

  @TestFactory
  Stream<DynamicTest> followsLibraryRules() {
    return testsOfMain(CREDENTIALS, libraryRules(CREDENTIALS));
  }
}
