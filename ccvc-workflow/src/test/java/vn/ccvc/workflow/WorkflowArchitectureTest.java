package vn.ccvc.workflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ccvc.archunit.ArchitectureRules;
import vn.ccvc.archunit.ArchitectureRules.CcvcModule;

/**
 * Architecture rules of {@code ccvc-workflow}. Besides the library rules, the workflow is a pure
 * state machine: it does no I/O and reads no clock, so a host can replay it and test it with a
 * fixed clock. Its ban on static mutable state is the library rule on static non-final fields.
 */
class WorkflowArchitectureTest {

  private static final DescribedPredicate<JavaAccess<?>> SYSTEM_CLOCK_READ =
      DescribedPredicate.describe("reads the system clock",
          access -> readsSystemClock(access.getTarget()));

  private static final ArchRule NO_IO = noClasses().should().dependOnClassesThat()
      .resideInAnyPackage("java.io..", "java.nio..", "java.net..")
      .as("ccvc-workflow uses no java.io, java.nio or java.net")
      .because("the workflow is a pure state machine and hosts do storage and transport");

  private static final ArchRule NO_SYSTEM_CLOCK =
      noClasses().should().accessTargetWhere(SYSTEM_CLOCK_READ)
          .as("ccvc-workflow reads no system clock")
          .because("time reaches the workflow as a java.time.Clock or as a value from the host");

  @TestFactory
  Stream<DynamicTest> followsRules() {
    List<ArchRule> rules = new ArrayList<>(ArchitectureRules.libraryRules(CcvcModule.WORKFLOW));
    rules.add(NO_IO);
    rules.add(NO_SYSTEM_CLOCK);
    // The module has no classes yet, and ArchUnit fails a rule that checks no classes.
    rules = ArchitectureRules.allowingEmpty(rules);
    return ArchitectureRules.testsOfMain(CcvcModule.WORKFLOW, rules);
  }

  @ParameterizedTest
  @ValueSource(classes = {
      CallsInstantNow.class, CallsLocalDateNowWithZone.class, CallsLocalDateTimeNow.class,
      CallsZonedDateTimeNow.class, CallsSystemClock.class, CallsCurrentTimeMillis.class,
      CallsNanoTime.class, CreatesDate.class, ReferencesInstantNow.class})
  void clockRule_rejectsSystemClock(Class<?> fixture) {
    assertThat(NO_SYSTEM_CLOCK.evaluate(importFixture(fixture)).hasViolation()).isTrue();
  }

  @Test
  void clockRule_acceptsClockArgument() {
    assertThat(NO_SYSTEM_CLOCK.evaluate(importFixture(CallsNowWithClock.class)).hasViolation())
        .isFalse();
  }

  @ParameterizedTest
  @ValueSource(classes = {UsesFile.class, UsesCharset.class, UsesUri.class})
  void ioRule_rejectsIoPackages(Class<?> fixture) {
    assertThat(NO_IO.evaluate(importFixture(fixture)).hasViolation()).isTrue();
  }

  @Test
  void ioRule_acceptsPureCode() {
    assertThat(NO_IO.evaluate(importFixture(CallsNowWithClock.class)).hasViolation()).isFalse();
  }

  private static JavaClasses importFixture(Class<?> fixture) {
    return new ClassFileImporter().importClasses(fixture);
  }

  /**
   * Tells whether an access reads the current time from the operating system: a java.time
   * {@code now}, {@code system*} or {@code tick*} method without a Clock or InstantSource
   * argument, {@code System.currentTimeMillis()}, {@code System.nanoTime()},
   * {@code new java.util.Date()} or {@code Calendar.getInstance(...)}.
   */
  private static boolean readsSystemClock(AccessTarget target) {
    if (!(target instanceof CodeUnitAccessTarget codeUnit)) {
      return false;
    }
    String owner = target.getOwner().getName();
    String name = target.getName();
    List<JavaClass> parameters = codeUnit.getRawParameterTypes();
    if (owner.startsWith("java.time.")) {
      boolean clockFactory = name.startsWith("system") || name.startsWith("tick");
      boolean current = name.equals("now") || name.equals("dateNow") || clockFactory;
      return current && parameters.stream().noneMatch(WorkflowArchitectureTest::isTimeSource);
    }
    return switch (owner) {
      case "java.lang.System" -> name.equals("currentTimeMillis") || name.equals("nanoTime");
      case "java.util.Date" -> name.equals("<init>") && parameters.isEmpty();
      case "java.util.Calendar" -> name.equals("getInstance");
      default -> false;
    };
  }

  private static boolean isTimeSource(JavaClass type) {
    return type.getName().equals("java.time.Clock")
        || type.getName().equals("java.time.InstantSource");
  }

  static class CallsInstantNow {
    Object read() {
      return Instant.now();
    }
  }

  static class CallsLocalDateNowWithZone {
    Object read() {
      return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }
  }

  static class CallsLocalDateTimeNow {
    Object read() {
      return LocalDateTime.now();
    }
  }

  static class CallsZonedDateTimeNow {
    Object read() {
      return ZonedDateTime.now();
    }
  }

  static class CallsSystemClock {
    Object read() {
      return Clock.systemUTC();
    }
  }

  static class CallsCurrentTimeMillis {
    long read() {
      return System.currentTimeMillis();
    }
  }

  static class CallsNanoTime {
    long read() {
      return System.nanoTime();
    }
  }

  static class CreatesDate {
    Object read() {
      return new Date();
    }
  }

  static class ReferencesInstantNow {
    Supplier<Instant> read() {
      return Instant::now;
    }
  }

  static class CallsNowWithClock {
    Object read(Clock clock) {
      return List.of(Instant.now(clock), LocalDate.now(clock), ZonedDateTime.now(clock));
    }
  }

  static class UsesFile {
    Object read() {
      return new File("profile.json");
    }
  }

  static class UsesCharset {
    byte[] read(String text) {
      return text.getBytes(StandardCharsets.UTF_8);
    }
  }

  static class UsesUri {
    Object read() {
      return java.net.URI.create("https://example.invalid/");
    }
  }
}
