package vn.ccvc.archunit;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * ArchUnit rules that every ccvc module's architecture test applies to its own main classes.
 *
 * <p>The parent POM adds this folder to each module's test sources with
 * build-helper-maven-plugin, so the rules live in one place without a shared test jar. A module
 * test turns the rules into JUnit tests with {@link #testsOfMain(CcvcModule, List)}.
 */
public final class ArchitectureRules {

  /** Frameworks a library module must not import, so hosts can embed it in any container. */
  private static final List<String> FRAMEWORK_PACKAGES = List.of(
      "org.springframework..",
      "jakarta.inject..", "jakarta.enterprise..", "javax.inject..", "javax.enterprise..",
      "com.google.inject..",
      "io.micronaut..",
      "io.quarkus..");

  /**
   * Static fields that are not final but store a value computed once, on first use, under a lock:
   * volatile, written once, and immutable after that.
   */
  private static final Set<String> LAZY_FIELDS = Set.of(
      // The bundled catalogues: reading them lazily lets a damaged jar fail with a CcvcException
      // that names the file, where a static initialiser would throw ExceptionInInitializerError.
      "vn.ccvc.model.catalog.Catalogs.bundled");

  private ArchitectureRules() {}

  /**
   * A ccvc Maven module: its root packages and the ccvc modules its main code may depend on.
   * The allowed dependencies are the one place to change when a module starts using a sibling.
   */
  public enum CcvcModule {
    /** {@code ccvc-model}: depends on no other ccvc module. */
    MODEL("ccvc-model", List.of("vn.ccvc.model")),
    /** {@code ccvc-workflow}. */
    WORKFLOW("ccvc-workflow", List.of("vn.ccvc.workflow"), MODEL),
    /** {@code ccvc-credentials}. */
    CREDENTIALS("ccvc-credentials", List.of("vn.ccvc.credentials"), MODEL),
    /** {@code ccvc-render}. */
    RENDER("ccvc-render", List.of("vn.ccvc.render"), MODEL),
    /** {@code ccvc-sync-client}. */
    SYNC_CLIENT("ccvc-sync-client", List.of("vn.ccvc.sync"), MODEL),
    /** {@code examples}, the command-line tool and samples: may depend on every module. */
    EXAMPLES("examples", List.of("vn.ccvc.examples", "vn.ccvc.cli"),
        MODEL, WORKFLOW, CREDENTIALS, RENDER, SYNC_CLIENT);

    private final String artifactId;
    private final List<String> rootPackages;
    private final List<CcvcModule> allowedDependencies;

    CcvcModule(String artifactId, List<String> rootPackages, CcvcModule... allowedDependencies) {
      this.artifactId = artifactId;
      this.rootPackages = rootPackages;
      this.allowedDependencies = List.of(allowedDependencies);
    }

    /** Returns the Maven artifact id, such as {@code ccvc-model}, which rule names start with. */
    @Override
    public String toString() {
      return artifactId;
    }

    /** Returns the root packages, such as {@code vn.ccvc.model}. */
    public List<String> rootPackages() {
      return rootPackages;
    }

    /** Returns ArchUnit package patterns for the root packages and their subpackages. */
    public String[] packagePatterns() {
      return rootPackages.stream().map(root -> root + "..").toArray(String[]::new);
    }

    /** Returns the package patterns of the ccvc modules this module must not depend on. */
    String[] forbiddenPackagePatterns() {
      return Arrays.stream(values())
          .filter(other -> other != this && !allowedDependencies.contains(other))
          .flatMap(other -> Arrays.stream(other.packagePatterns()))
          .toArray(String[]::new);
    }
  }

  /**
   * Imports the main classes of a module, leaving out test classes.
   *
   * @return the classes, empty for a module that has none yet
   */
  public static JavaClasses importMain(CcvcModule module) {
    // ImportOption.DoNotIncludeTests finds Maven's test classes only in target/test-classes, but
    // the benchmarks profile of examples builds into target/jmh, so the folder name decides.
    ImportOption mainOnly = location -> !location.contains("/test-classes/");
    return new ClassFileImporter()
        .withImportOption(mainOnly)
        .importPackages(module.rootPackages());
  }

  /**
   * Returns the rules for a library module (every module except {@code examples}): module
   * dependencies, package cycles, other modules' {@code internal} packages, console output,
   * {@code java.util.logging}, framework imports and static mutable fields.
   */
  public static List<ArchRule> libraryRules(CcvcModule module) {
    List<ArchRule> rules = new ArrayList<>(commonRules(module));
    rules.add(noConsoleOutput(module));
    rules.add(noJavaUtilLogging(module));
    rules.add(noFrameworks(module));
    rules.add(noStaticMutableFields(module));
    return rules;
  }

  /**
   * Returns the rules every module follows, {@code examples} included: module dependencies
   * (none are forbidden for {@code examples}), package cycles and other modules'
   * {@code internal} packages.
   */
  public static List<ArchRule> commonRules(CcvcModule module) {
    List<ArchRule> rules = new ArrayList<>();
    if (module.forbiddenPackagePatterns().length > 0) {
      rules.add(onlyAllowedModuleDependencies(module));
    }
    rules.add(noPackageCycles(module));
    rules.add(noForeignInternalPackages(module));
    return rules;
  }

  /**
   * Returns copies of {@code rules} that pass on an empty import. Meant for a module that has
   * no classes yet, because ArchUnit otherwise fails a rule that checks nothing.
   */
  public static List<ArchRule> allowingEmpty(List<ArchRule> rules) {
    return rules.stream().map(rule -> rule.allowEmptyShould(true)).toList();
  }

  /** Returns one JUnit test per rule, named by the rule, that checks the module's main classes. */
  public static Stream<DynamicTest> testsOfMain(CcvcModule module, List<ArchRule> rules) {
    return tests(importMain(module), rules);
  }

  /** Returns one JUnit test per rule, named by the rule, that checks {@code classes}. */
  public static Stream<DynamicTest> tests(JavaClasses classes, List<ArchRule> rules) {
    return rules.stream()
        .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(classes)));
  }

  /** Returns the rule that a module depends on no ccvc module outside its allowed ones. */
  public static ArchRule onlyAllowedModuleDependencies(CcvcModule module) {
    return noClasses().that().resideInAnyPackage(module.packagePatterns())
        .should().dependOnClassesThat().resideInAnyPackage(module.forbiddenPackagePatterns())
        .as(module.allowedDependencies.isEmpty()
            ? module + " depends on no other ccvc module"
            : module + " depends on no ccvc module except " + module.allowedDependencies);
  }

  /**
   * Returns the rule that no two packages of a module depend on each other in a cycle. A package
   * and its {@code internal} subpackages count as one, because the internal code implements that
   * package's API and so uses its types. Records in {@code vn.ccvc.model} may use
   * {@code vn.ccvc.model.validation} in their annotations, which
   * {@link #modelUsesValidationOnlyInAnnotations()} checks.
   */
  public static ArchRule noPackageCycles(CcvcModule module) {
    // Bean Validation wants the constraints on the records, and the validator returns records.
    return slices().assignedFrom(new PackageWithInternals())
        .should().beFreeOfCycles()
        .ignoreDependency(resideInAPackage("vn.ccvc.model"),
            resideInAPackage("vn.ccvc.model.validation"))
        .as(module + " has no package cycles");
  }

  /**
   * Returns the rule that classes in {@code vn.ccvc.model} call no code and read no field of the
   * validation packages, so they use them only for constraint annotations, groups and
   * catalogue names.
   */
  public static ArchRule modelUsesValidationOnlyInAnnotations() {
    return noClasses().that().resideInAPackage("vn.ccvc.model")
        .should().accessClassesThat().resideInAPackage("vn.ccvc.model.validation..")
        .as("vn.ccvc.model uses vn.ccvc.model.validation only in annotations");
  }

  /** Returns the rule that a module uses no {@code internal} package of another module. */
  public static ArchRule noForeignInternalPackages(CcvcModule module) {
    DescribedPredicate<JavaClass> foreignInternal = resideInAPackage("vn.ccvc..internal..")
        .and(DescribedPredicate.not(resideInAnyPackage(module.packagePatterns())));
    return noClasses().should().dependOnClassesThat(foreignInternal)
        .as(module + " uses no internal package of another module");
  }

  /** Returns the rule against {@code System.out}, {@code System.err} and printStackTrace(). */
  public static ArchRule noConsoleOutput(CcvcModule module) {
    return noClasses().should(ACCESS_STANDARD_STREAMS)
        .as(module + " writes nothing to System.out or System.err")
        .because("library modules report through SLF4J, exceptions or listeners");
  }

  /** Returns the rule against {@code java.util.logging} and {@code System.Logger}. */
  public static ArchRule noJavaUtilLogging(CcvcModule module) {
    // ArchUnit 1.5.1's GeneralCodingRules.USE_JAVA_UTIL_LOGGING only matches writes to fields of
    // a java.util.logging type, so a direct Logger.getLogger(...).info(...) call passes it.
    DescribedPredicate<JavaClass> platformLogging = resideInAPackage("java.util.logging..")
        .or(name(System.Logger.class.getName()));
    return noClasses().should().dependOnClassesThat(platformLogging)
        .as(module + " uses neither java.util.logging nor System.Logger")
        .because("library modules log through the SLF4J API only");
  }

  /** Returns the rule against Spring, Jakarta CDI and inject, Guice, Micronaut and Quarkus. */
  public static ArchRule noFrameworks(CcvcModule module) {
    return noClasses().should().dependOnClassesThat()
        .resideInAnyPackage(FRAMEWORK_PACKAGES.toArray(String[]::new))
        .as(module + " imports no application framework")
        .because("hosts embed the SDK in Spring, Jakarta EE, Guice, Micronaut or Quarkus alike");
  }

  /** Returns the rule that every static field is final, except those in {@link #LAZY_FIELDS}. */
  public static ArchRule noStaticMutableFields(CcvcModule module) {
    DescribedPredicate<JavaField> lazy = DescribedPredicate.describe("are lazily initialised",
        field -> LAZY_FIELDS.contains(field.getFullName()));
    // A module whose classes declare no static field passes; the class rules catch empty imports.
    return fields().that().areStatic().and(DescribedPredicate.not(lazy)).should().beFinal()
        .as(module + " has no static non-final fields")
        .because("shared mutable state breaks the thread-safety promise of built objects")
        .allowEmptyShould(true);
  }

  /**
   * Assigns each class in {@code vn.ccvc..} to the slice of its package, with a package's
   * {@code internal} subpackages in the slice of that package.
   */
  private static final class PackageWithInternals implements SliceAssignment {

    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
      String packageName = javaClass.getPackageName();
      if (!packageName.startsWith("vn.ccvc.")) {
        return SliceIdentifier.ignore();
      }
      int internal = (packageName + ".").indexOf(".internal.");
      return SliceIdentifier.of(internal < 0 ? packageName : packageName.substring(0, internal));
    }

    @Override
    public String getDescription() {
      return "packages, each with its internal subpackages";
    }
  }
}
