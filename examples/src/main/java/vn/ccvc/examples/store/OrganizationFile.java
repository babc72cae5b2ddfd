package vn.ccvc.examples.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.ccvc.examples.output.IoProblem;
import vn.ccvc.model.CcvcException;
import vn.ccvc.workflow.Organization;
import vn.ccvc.workflow.Role;
import vn.ccvc.workflow.RoleAssignment;
import vn.ccvc.workflow.Unit;
import vn.ccvc.workflow.UnitTree;

/**
 * The {@code organization.json} file of a store folder: the unit tree, the approver and leader
 * roles, and the reporting deadline if one is set. The format is described in
 * {@code docs/state-format.md}.
 *
 * @param organization the units and role assignments
 * @param deadline the date the units must finish updating profiles by, or null
 */
public record OrganizationFile(Organization organization, @Nullable LocalDate deadline) {

  /** Name of the file inside the store's folder. */
  public static final String NAME = "organization.json";

  /** Value of the {@code format} member. */
  static final String FORMAT = "ccvc-workflow-organization";

  /** The version of the format this code writes and reads. */
  static final int FORMAT_VERSION = 1;

  private static final List<String> MEMBERS =
      List.of("format", "formatVersion", "units", "assignments", "deadline");
  private static final List<String> UNIT_MEMBERS = List.of("id", "name", "parentId");
  private static final List<String> ASSIGNMENT_MEMBERS =
      List.of("person", "role", "unitId", "includesSubUnits");

  /** Creates the record. */
  public OrganizationFile {
    Objects.requireNonNull(organization, "organization");
  }

  /**
   * Reads {@code folder/organization.json}.
   *
   * @throws CcvcException with code {@code store.invalid} if the file is missing or not in the
   *     format, {@code unit.invalidTree} if its units do not form a tree, or {@code store.io} if
   *     it cannot be read
   */
  public static OrganizationFile read(Path folder) {
    Path file = folder.resolve(NAME);
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new CcvcException(Json.INVALID_CODE, "Store folder " + folder + " has no " + NAME
          + "; create it with the units and roles, as docs/state-format.md describes.");
    } catch (IOException e) {
      throw new CcvcException(Json.IO_CODE, "Cannot read " + file + ": "
          + IoProblem.describe(e) + ". Check the file's permissions.", e);
    }
    return parse(Json.parse(text, NAME));
  }

  /**
   * Writes {@code folder/organization.json}, replacing it atomically if it exists.
   *
   * @throws CcvcException with code {@code store.io} if the file cannot be written
   */
  public void write(Path folder) {
    Path file = folder.resolve(NAME);
    try {
      Files.createDirectories(folder);
      Path temporary = Files.createTempFile(folder, "." + NAME, ".tmp");
      try {
        Files.writeString(temporary, Json.write(toJson()), StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new CcvcException(Json.IO_CODE, "Cannot write " + file + ": "
          + IoProblem.describe(e) + ". Check the folder's permissions and free space.",
          e);
    }
  }

  private ObjectNode toJson() {
    ObjectNode node = Json.object();
    node.put("format", FORMAT);
    node.put("formatVersion", FORMAT_VERSION);
    ArrayNode units = node.putArray("units");
    for (Unit unit : organization.units().units()) {
      ObjectNode entry = units.addObject();
      entry.put("id", unit.id());
      entry.put("name", unit.name());
      if (unit.parentId() != null) {
        entry.put("parentId", unit.parentId());
      }
    }
    ArrayNode assignments = node.putArray("assignments");
    for (RoleAssignment assignment : organization.assignments()) {
      ObjectNode entry = assignments.addObject();
      entry.put("person", assignment.person().digits());
      entry.put("role", assignment.role().name());
      entry.put("unitId", assignment.unitId());
      entry.put("includesSubUnits", assignment.includesSubUnits());
    }
    if (deadline != null) {
      node.put("deadline", deadline.toString());
    }
    return node;
  }

  private static OrganizationFile parse(JsonNode node) {
    if (!node.isObject()) {
      throw Json.invalid(NAME, "is not a JSON object");
    }
    Json.onlyMembers(node, MEMBERS, NAME, "");
    String format = Json.text(node, "format", NAME, "");
    long version = Json.integer(node, "formatVersion", NAME, "");
    if (!FORMAT.equals(format) || version != FORMAT_VERSION) {
      throw Json.invalid(NAME, "has format '" + format + "' version " + version + "; this "
          + "tool reads '" + FORMAT + "' version " + FORMAT_VERSION);
    }
    List<Unit> units = new ArrayList<>();
    JsonNode unitArray = Json.array(node, "units", NAME, "");
    for (int i = 0; i < unitArray.size(); i++) {
      units.add(unit(unitArray.get(i), "units[" + i + "]"));
    }
    List<RoleAssignment> assignments = new ArrayList<>();
    JsonNode assignmentArray = Json.array(node, "assignments", NAME, "");
    for (int i = 0; i < assignmentArray.size(); i++) {
      assignments.add(assignment(assignmentArray.get(i), "assignments[" + i + "]"));
    }
    Organization organization = Organization.of(UnitTree.of(units), assignments);
    return new OrganizationFile(organization, Json.optionalDate(node, "deadline", NAME, ""));
  }

  private static Unit unit(JsonNode node, String path) {
    requireObject(node, path);
    Json.onlyMembers(node, UNIT_MEMBERS, NAME, path);
    String id = Json.text(node, "id", NAME, path);
    String name = Json.text(node, "name", NAME, path);
    String parentId = Json.optionalText(node, "parentId", NAME, path);
    try {
      return new Unit(id, name, parentId);
    } catch (IllegalArgumentException e) {
      throw Json.invalid(NAME, "has an invalid unit at " + path + ": " + e.getMessage());
    }
  }

  private static RoleAssignment assignment(JsonNode node, String path) {
    requireObject(node, path);
    Json.onlyMembers(node, ASSIGNMENT_MEMBERS, NAME, path);
    Role role = Json.constant(node, "role", Role.class, NAME, path);
    if (role != Role.APPROVER && role != Role.LEADER) {
      throw Json.invalid(NAME, path + ".role is " + role + "; assign APPROVER or LEADER");
    }
    return new RoleAssignment(Json.citizenId(node, "person", NAME, path), role,
        Json.text(node, "unitId", NAME, path),
        Json.bool(node, "includesSubUnits", NAME, path));
  }

  private static void requireObject(JsonNode node, String path) {
    if (!node.isObject()) {
      throw Json.invalid(NAME, path + " must be an object");
    }
  }
}
