package vn.ccvc.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the built {@code ccvc.jar} in a separate JVM, as a user would with {@code java -jar}.
 * The jar's path comes from the system property {@code ccvc.jar}, which the failsafe plugin
 * sets to {@code target/ccvc.jar}.
 *
 * @param status the exit status
 * @param out the bytes written to standard output
 * @param err what was written to standard error, decoded as UTF-8
 */
record JarProcess(int status, byte[] out, String err) {

  /** The built jar under test. */
  static final Path JAR = Path.of(System.getProperty("ccvc.jar", "target/ccvc.jar"));

  private static final long TIMEOUT_SECONDS = 120;

  /**
   * Runs {@code java [jvmOptions] -jar ccvc.jar args} and waits for it to end.
   *
   * @param scratch folder for the captured output
   */
  static JarProcess run(Path scratch, List<String> jvmOptions, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile(scratch, "out", ".txt");
    Path err = Files.createTempFile(scratch, "err", ".txt");
    Process process = new ProcessBuilder(command)
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
        .start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("ccvc did not end within " + TIMEOUT_SECONDS + " s: " + command);
    }
    return new JarProcess(process.exitValue(), Files.readAllBytes(out),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /** Runs the jar with no JVM options. */
  static JarProcess run(Path scratch, String... args) throws IOException, InterruptedException {
    return run(scratch, List.of(), args);
  }

  /**
   * Decodes standard output as strict UTF-8.
   *
   * @throws AssertionError if the bytes are not valid UTF-8
   */
  String outUtf8() {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(out))
          .toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError("Standard output is not valid UTF-8", e);
    }
  }

  private static java.io.File nullDevice() {
    boolean windows = System.getProperty("os.name").startsWith("Windows");
    return new java.io.File(windows ? "NUL" : "/dev/null");
  }
}
