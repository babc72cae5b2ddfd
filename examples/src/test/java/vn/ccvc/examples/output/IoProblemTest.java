package vn.ccvc.examples.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.junit.jupiter.api.Test;

class IoProblemTest {

  @Test
  void missingFile_namesIt() {
    assertThat(IoProblem.describe(new NoSuchFileException("/data/out/a.csv")))
        .isEqualTo("no such file or folder: /data/out/a.csv");
  }

  @Test
  void deniedFile_namesIt() {
    assertThat(IoProblem.describe(new AccessDeniedException("/data/out")))
        .isEqualTo("permission denied: /data/out");
  }

  @Test
  void notAFolder_namesIt() {
    assertThat(IoProblem.describe(new NotDirectoryException("/data/file")))
        .isEqualTo("not a folder: /data/file");
  }

  @Test
  void otherFileSystemError_keepsReason() {
    assertThat(IoProblem.describe(new FileSystemException("/data/x", null, "No space left")))
        .isEqualTo("No space left: /data/x");
  }

  @Test
  void notUtf8_saysSo() {
    assertThat(IoProblem.describe(new MalformedInputException(1)))
        .isEqualTo("the file is not UTF-8 text; save it as UTF-8");
  }

  @Test
  void plainFailure_keepsMessage() {
    assertThat(IoProblem.describe(new IOException("Broken pipe"))).isEqualTo("Broken pipe");
    assertThat(IoProblem.describe(new IOException())).isEqualTo("input or output failed");
  }
}
