package vn.ccvc.examples.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import vn.ccvc.model.Profile;
import vn.ccvc.model.Sex;
import vn.ccvc.model.catalog.Catalogs;
import vn.ccvc.model.json.ProfileCodec;

/**
 * Generates the sample unit and the invalid samples. The unit is the 40 staff of the People's
 * Committee of phường Đại Mỗ in Hà Nội and of the schools and health station attached to it.
 * The invalid samples are derived from one more valid profile, with one or two faults each.
 *
 * <p>Every person is invented except the published example, Bùi Thị Thủy (citizen ID
 * {@value #PUBLISHED_CITIZEN_ID}), whose name and ID come from the public description of the
 * initial-password rule and who is always file {@code 01}. The output depends only on the seed:
 * the generator reads no clock, because it dates everything before {@link #TODAY}, and it
 * iterates no hash-ordered collection. Instances are immutable and safe to share between
 * threads; each call draws afresh from the seed.
 */
public final class SampleUnitGenerator {

  /** The seed of the committed samples. */
  public static final long DEFAULT_SEED = 2025_07_01L;

  /** The day the samples are dated as of: every date in them lies before it. */
  public static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  /** Citizen ID of the published example person, which no other file may contain. */
  public static final String PUBLISHED_CITIZEN_ID = "038185011234";

  /** File name of the published example person's profile. */
  public static final String PUBLISHED_FILE = "01-bui-thi-thuy.json";

  /** Folder of the valid profiles, under the examples directory. */
  public static final String UNIT_FOLDER = "sample-unit";

  /** Folder of the invalid profiles, under the examples directory. */
  public static final String INVALID_FOLDER = "invalid-samples";

  /** File beside the invalid profiles that lists the codes each must raise. */
  public static final String EXPECTED_CODES_FILE = "expected-codes.csv";

  private final long seed;

  /** Creates a generator that draws from {@code seed}. */
  public SampleUnitGenerator(long seed) {
    this.seed = seed;
  }

  /**
   * Writes both folders under an examples directory, replacing every {@code .json} file in
   * them. Arguments: the examples directory (default {@code examples}) and the seed (default
   * {@value #DEFAULT_SEED}).
   *
   * @throws UncheckedIOException if a file cannot be written
   * @throws NumberFormatException if the seed is not a whole number
   */
  public static void main(String... args) {
    Path directory = Path.of(args.length > 0 ? args[0] : "examples");
    long seed = args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_SEED;
    new SampleUnitGenerator(seed).writeTo(directory);
    System.out.println("Wrote the sample unit and the invalid samples under " + directory
        + " from seed " + seed);
  }

  /** Returns the profiles of the unit, the published example first. */
  public List<SampleFile> unit() {
    return draw().unit;
  }

  /** Returns the invalid profiles with the codes each must raise. */
  public List<SampleFile> invalidSamples() {
    return draw().invalid;
  }

  /**
   * Returns the text of {@value #EXPECTED_CODES_FILE}: a header {@code file,codes}, then one
   * line per invalid sample with its codes separated by {@code ;}.
   */
  public String expectedCodesCsv() {
    StringBuilder csv = new StringBuilder("file,codes\n");
    for (SampleFile file : invalidSamples()) {
      csv.append(file.fileName()).append(',')
          .append(String.join(";", file.expectedCodes())).append('\n');
    }
    return csv.toString();
  }

  /**
   * Writes the unit to {@code directory/sample-unit} and the invalid samples and their codes to
   * {@code directory/invalid-samples}, creating the folders and deleting the {@code .json}
   * files already in them so that a profile dropped from the roster does not linger.
   *
   * @throws UncheckedIOException if a folder cannot be listed or a file cannot be written
   */
  public void writeTo(Path directory) {
    Drawn drawn = draw();
    ProfileCodec codec = ProfileCodec.create();
    Path unitFolder = directory.resolve(UNIT_FOLDER);
    Path invalidFolder = directory.resolve(INVALID_FOLDER);
    try {
      replaceJson(unitFolder, drawn.unit, codec);
      replaceJson(invalidFolder, drawn.invalid, codec);
      Files.writeString(invalidFolder.resolve(EXPECTED_CODES_FILE), expectedCodesCsv(),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Writing the samples under " + directory + " failed", e);
    }
  }

  private static void replaceJson(Path folder, List<SampleFile> files, ProfileCodec codec)
      throws IOException {
    Files.createDirectories(folder);
    try (DirectoryStream<Path> old = Files.newDirectoryStream(folder, "*.json")) {
      for (Path file : old) {
        Files.delete(file);
      }
    }
    for (SampleFile file : files) {
      Files.writeString(folder.resolve(file.fileName()), codec.write(file.profile()),
          StandardCharsets.UTF_8);
    }
  }

  /** The drawn profiles. */
  private static final class Drawn {
    final List<SampleFile> unit = new ArrayList<>();
    final List<SampleFile> invalid = new ArrayList<>();
  }

  private Drawn draw() {
    SplittableRandom random = new SplittableRandom(seed);
    PersonFactory people = new PersonFactory(new Scale(Catalogs.defaults()), TODAY);
    people.reserveCitizenId(PUBLISHED_CITIZEN_ID);
    Drawn drawn = new Drawn();

    PersonFactory.Fixed published = new PersonFactory.Fixed("Bùi Thị Thủy", Sex.FEMALE, 1985,
        Places.THANH_HOA, PUBLISHED_CITIZEN_ID);
    drawn.unit.add(new SampleFile(PUBLISHED_FILE,
        people.draw(Roster.publishedExample(), published, random.split()), List.of()));
    int number = 2;
    for (Role role : Roster.others()) {
      Profile profile = people.draw(role, PersonFactory.Fixed.NOTHING, random.split());
      String name = String.format(Locale.ROOT, "%02d-%s.json", number++,
          Names.slug(profile.identity().fullName()));
      drawn.unit.add(new SampleFile(name, profile, List.of()));
    }

    Profile base = people.draw(Roster.invalidBase(), PersonFactory.Fixed.NOTHING,
        random.split());
    drawn.invalid.addAll(InvalidSamples.from(base));
    return drawn;
  }
}
