package vn.ccvc.examples.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a file that only its owner may read, for output that contains secrets.
 *
 * <p>The content goes to a temporary file in the target's folder. On a POSIX file system it is
 * created with the permissions {@code rw-------}, so no other user can open it at any moment.
 * Elsewhere, as on Windows, its access list is replaced by one that names only the owner before
 * any content is written. The temporary file then replaces the target in one rename, and a
 * failure leaves the target as it was.
 *
 * <p>NOTE: the access-list path is not exercised by the tests, which run on POSIX systems.
 */
public final class OwnerOnlyFile {

  /** Writes the content of a file to a stream. */
  @FunctionalInterface
  public interface Content {
    /** Writes the content to {@code out}, which the caller closes. */
    void writeTo(OutputStream out) throws IOException;
  }

  private static final Set<PosixFilePermission> OWNER_READ_WRITE =
      EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

  private OwnerOnlyFile() {}

  /**
   * Writes {@code target} readable and writable by its owner only.
   *
   * @param replace whether an existing target is replaced
   * @throws FileAlreadyExistsException if the target exists and {@code replace} is false
   * @throws IOException if the target exists and is neither a regular file nor a symbolic
   *     link, such as a device or a folder, or if the file cannot be written or its
   *     permissions cannot be set
   */
  public static void write(Path target, boolean replace, Content content) throws IOException {
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
        && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
        && !Files.isSymbolicLink(target)) {
      // Renaming over a device such as /dev/null would replace the device itself.
      throw new FileSystemException(target.toString(), null, "not a regular file");
    }
    Path folder = target.toAbsolutePath().getParent();
    Path temporary = createOwnerOnly(folder);
    try {
      try (OutputStream out = Files.newOutputStream(temporary)) {
        content.writeTo(out);
      }
      move(temporary, target, replace);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static Path createOwnerOnly(Path folder) throws IOException {
    if (Files.getFileStore(folder).supportsFileAttributeView("posix")) {
      FileAttribute<Set<PosixFilePermission>> ownerOnly =
          PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE);
      return Files.createTempFile(folder, ".ccvc-credentials-", ".tmp", ownerOnly);
    }
    Path temporary = Files.createTempFile(folder, ".ccvc-credentials-", ".tmp");
    restrictToOwner(temporary);
    return temporary;
  }

  /** Replaces the access list of a file on a file system without POSIX permissions. */
  private static void restrictToOwner(Path file) throws IOException {
    AclFileAttributeView acl = Files.getFileAttributeView(file, AclFileAttributeView.class);
    if (acl == null) {
      Files.delete(file);
      throw new IOException("The file system of " + file.getParent() + " supports neither POSIX "
          + "permissions nor access lists, so the file cannot be made readable by its owner "
          + "only; write it to another folder.");
    }
    UserPrincipal owner = Files.getOwner(file);
    AclEntry entry = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
        .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build();
    acl.setAcl(List.of(entry));
  }

  private static void move(Path temporary, Path target, boolean replace) throws IOException {
    if (!replace) {
      Files.move(temporary, target);
      return;
    }
    try {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
