package vn.ccvc.examples.output;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Words an I/O failure for a person: what went wrong with which file, without the Java
 * exception's class name. Stateless.
 */
public final class IoProblem {

  private IoProblem() {}

  /**
   * Returns a short description, such as {@code permission denied: /data/out/report.csv} or
   * {@code the file is not UTF-8 text}.
   */
  public static String describe(IOException failure) {
    if (failure instanceof CharacterCodingException) {
      return "the file is not UTF-8 text; save it as UTF-8";
    }
    if (!(failure instanceof FileSystemException problem)) {
      String message = failure.getMessage();
      return message == null || message.isBlank() ? "input or output failed" : message.strip();
    }
    String file = problem.getFile() == null ? "" : ": " + problem.getFile();
    if (problem instanceof NoSuchFileException) {
      return "no such file or folder" + file;
    }
    if (problem instanceof AccessDeniedException) {
      return "permission denied" + file;
    }
    if (problem instanceof FileAlreadyExistsException) {
      return "already exists" + file;
    }
    if (problem instanceof NotDirectoryException) {
      return "not a folder" + file;
    }
    if (problem instanceof DirectoryNotEmptyException) {
      return "folder not empty" + file;
    }
    String reason = problem.getReason();
    return (reason == null || reason.isBlank() ? "file system error" : reason.strip()) + file;
  }
}
