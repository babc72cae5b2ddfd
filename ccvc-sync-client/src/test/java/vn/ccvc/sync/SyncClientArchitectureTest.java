package vn.ccvc.sync;

import static vn.ccvc.archunit.ArchitectureRules.CcvcModule.SYNC_CLIENT;
import static vn.ccvc.archunit.ArchitectureRules.libraryRules;
import static vn.ccvc.archunit.ArchitectureRules.testsOfMain;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Architecture rules of {@code ccvc-sync-client}: the library rules, with {@code ccvc-model} as the
 * only ccvc module it may depend on.
 */
class SyncClientArchitectureTest {

  @TestFactory
  Stream<DynamicTest> followsLibraryRules() {
    return testsOfMain(SYNC_CLIENT, libraryRules(SYNC_CLIENT));
  }
}
