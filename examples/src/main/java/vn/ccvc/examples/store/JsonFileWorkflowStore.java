package vn.ccvc.examples.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import vn.ccvc.examples.output.IoProblem;
import vn.ccvc.model.CcvcException;
import vn.ccvc.model.CitizenId;
import vn.ccvc.model.json.ProfileCodec;
import vn.ccvc.workflow.ProfileState;
import vn.ccvc.workflow.WorkflowEvent;
import vn.ccvc.workflow.WorkflowStore;

/**
 * A {@link WorkflowStore} in a folder: {@code profiles/ID.json} contains the state and the whole
 * event history of the profile whose owner has citizen ID {@code ID}. The format is described
 * in {@code docs/state-format.md}.
 *
 * <p>A write goes to a temporary file in the same folder, which is flushed to disk and then
 * renamed over the profile's file, so a crash leaves either the old file or the new one, never
 * a half-written one. {@link #compareAndSet} locks the profile while it compares and writes:
 * with a lock object against other threads of this JVM, and with a file lock on
 * {@code profiles/ID.lock} against other processes.
 *
 * <p>Loading checks that the stored state is the one its events replay to. Instances are safe
 * to share between threads.
 */
public final class JsonFileWorkflowStore implements WorkflowStore {

  /** Name of the folder of profile files inside the store's folder. */
  public static final String PROFILES = "profiles";

  private static final String SUFFIX = ".json";
  private static final String TEMPORARY_SUFFIX = ".tmp";
  private static final String LOCK_SUFFIX = ".lock";

  private final Path profiles;
  private final StateCodec codec;

  /**
   * One lock object per lock file, shared by every store of this JVM, because the JVM lets one
   * process hold only one file lock on a file at a time.
   */
  private static final Map<Path, Object> LOCKS = new ConcurrentHashMap<>();

  private JsonFileWorkflowStore(Path profiles, ProfileCodec profileCodec) {
    this.profiles = profiles;
    this.codec = new StateCodec(profileCodec);
  }

  /**
   * Opens the store in {@code folder}, creating {@code folder/profiles} if it is missing.
   *
   * @throws CcvcException with code {@code store.io} if the folder cannot be created
   */
  public static JsonFileWorkflowStore open(Path folder) {
    Objects.requireNonNull(folder, "folder");
    Path profiles = folder.resolve(PROFILES);
    try {
      Files.createDirectories(profiles);
    } catch (IOException e) {
      throw io("cannot create folder " + profiles, e);
    }
    return new JsonFileWorkflowStore(profiles, ProfileCodec.create());
  }

  /**
   * Opens the store in {@code folder} to read it, creating nothing: a folder without
   * {@code profiles} reads as a store with no profiles.
   */
  public static JsonFileWorkflowStore openForReading(Path folder) {
    Objects.requireNonNull(folder, "folder");
    return new JsonFileWorkflowStore(folder.resolve(PROFILES), ProfileCodec.create());
  }

  /**
   * Returns the stored state of {@code owner}'s profile, if the store contains one.
   *
   * @throws CcvcException with code {@code store.invalid} if the file is not in the format or
   *     its state is not the one its events replay to, or {@code store.io} if it cannot be read
   */
  @Override
  public Optional<ProfileState> load(CitizenId owner) {
    return read(fileOf(owner)).map(StateCodec.Content::state);
  }

  /**
   * Returns the events of {@code owner}'s profile, oldest first, or an empty list.
   *
   * @throws CcvcException on the conditions of {@link #load}
   */
  @Override
  public List<WorkflowEvent> events(CitizenId owner) {
    return read(fileOf(owner)).map(StateCodec.Content::events).orElse(List.of());
  }

  /**
   * Returns the states of every profile file, in file name order.
   *
   * @throws CcvcException on the conditions of {@link #load} for any file
   */
  @Override
  public List<ProfileState> loadAll() {
    List<ProfileState> states = new ArrayList<>();
    for (Path file : profileFiles()) {
      read(file).ifPresent(content -> states.add(content.state()));
    }
    return List.copyOf(states);
  }

  /** Returns the events of every profile, one list per profile file, in file name order. */
  public List<List<WorkflowEvent>> loadAllEvents() {
    List<List<WorkflowEvent>> histories = new ArrayList<>();
    for (Path file : profileFiles()) {
      read(file).ifPresent(content -> histories.add(content.events()));
    }
    return List.copyOf(histories);
  }

  @Override
  public boolean compareAndSet(long expectedRevision, ProfileState state,
      List<WorkflowEvent> events) {
    WorkflowStore.checkContinues(expectedRevision, state, events);
    CitizenId owner = state.owner();
    Path lockFile = profiles.resolve(owner.digits() + LOCK_SUFFIX).toAbsolutePath().normalize();
    synchronized (LOCKS.computeIfAbsent(lockFile, key -> new Object())) {
      try (FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE,
              StandardOpenOption.WRITE);
          FileLock lock = lockChannel.lock()) {
        Optional<StateCodec.Content> stored = read(fileOf(owner));
        long current = stored.map(content -> content.state().revision()).orElse(ABSENT);
        if (current != expectedRevision) {
          return false;
        }
        List<WorkflowEvent> all = new ArrayList<>(
            stored.map(StateCodec.Content::events).orElse(List.of()));
        all.addAll(events);
        writeAtomically(fileOf(owner), Json.write(codec.write(state, all)));
        return true;
      } catch (IOException e) {
        throw io("cannot lock or write the profile file of " + owner.masked(), e);
      }
    }
  }

  private Optional<StateCodec.Content> read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw io("cannot read " + PROFILES + "/" + file.getFileName(), e);
    }
    String name = PROFILES + "/" + file.getFileName();
    StateCodec.Content content = codec.read(Json.parse(text, name), name);
    checkReplays(content, name, file);
    return Optional.of(content);
  }

  /** Rejects a file whose state differs from its replayed events, or is another owner's. */
  private static void checkReplays(StateCodec.Content content, String name, Path file) {
    ProfileState replayed;
    try {
      replayed = ProfileState.replay(content.events());
    } catch (CcvcException e) {
      throw Json.invalid(name, "has events that do not replay: " + e.getMessage());
    }
    if (!replayed.equals(content.state())) {
      throw Json.invalid(name, "has a state that differs from the one its events replay to");
    }
    String expectedName = content.state().owner().digits() + SUFFIX;
    if (!file.getFileName().toString().equals(expectedName)) {
      throw Json.invalid(name, "contains the profile of " + content.state().owner().masked()
          + ", whose file is named " + content.state().owner().masked() + SUFFIX);
    }
  }

  private void writeAtomically(Path target, String text) throws IOException {
    Path temporary = Files.createTempFile(profiles, "." + target.getFileName(),
        TEMPORARY_SUFFIX);
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        channel.write(StandardCharsets.UTF_8.encode(text));
        channel.force(true);
      }
      move(temporary, target);
      forceFolder();
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static void move(Path temporary, Path target) throws IOException {
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("the file system of " + target + " cannot rename atomically, so "
          + "a crash could leave a half-written profile; keep the store on a local disk", e);
    }
  }

  /** Flushes the folder entry of the rename, where the platform allows opening a folder. */
  private void forceFolder() {
    try (FileChannel folder = FileChannel.open(profiles, StandardOpenOption.READ)) {
      folder.force(true);
    } catch (IOException e) {
      // Some platforms, such as Windows, cannot open a folder as a channel. The rename is then
      // durable only once the file system flushes its own metadata.
    }
  }

  private List<Path> profileFiles() {
    try (Stream<Path> files = Files.list(profiles)) {
      return files.filter(JsonFileWorkflowStore::isProfileFile).sorted().toList();
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException e) {
      throw io("cannot list " + profiles, e);
    }
  }

  private static boolean isProfileFile(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(SUFFIX)
        && CitizenId.isWellFormed(name.substring(0, name.length() - SUFFIX.length()));
  }

  private Path fileOf(CitizenId owner) {
    return profiles.resolve(owner.digits() + SUFFIX);
  }

  private static CcvcException io(String problem, IOException cause) {
    return new CcvcException(Json.IO_CODE, Json.maskIds("Workflow store: " + problem + ": "
        + IoProblem.describe(cause) + ". Check the folder's permissions and free space."), cause);
  }

  @Override
  public String toString() {
    return "JsonFileWorkflowStore[" + profiles + "]";
  }
}
