package vn.ccvc.examples.vendor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import vn.ccvc.examples.store.StateCodec;
import vn.ccvc.model.CcvcException;
import vn.ccvc.model.CitizenId;
import vn.ccvc.workflow.ProfileState;
import vn.ccvc.workflow.WorkflowEvent;
import vn.ccvc.workflow.WorkflowStore;

/**
 * A {@link WorkflowStore} in two SQL tables: {@code ccvc_profile} holds each profile's current
 * state with its revision, and {@code ccvc_event} holds every event, one row each, only ever
 * inserted. States and events are stored as JSON in the members of {@code docs/state-format.md},
 * written by {@link StateCodec}.
 *
 * <p>{@link #compareAndSet} runs in one transaction: an {@code INSERT} of a new profile, or an
 * {@code UPDATE ... WHERE owner = ? AND revision = ?} of an existing one, then the
 * {@code INSERT} of the events. If no row matched, or a concurrent transaction inserted the same
 * profile or event first, the transaction is rolled back and the method returns false.
 *
 * <p>The SQL is written for H2 2.x. Other databases need their own column types, such as
 * {@code TEXT} in place of {@code CLOB} on PostgreSQL. Safe to share between threads when the
 * data source is, because each call takes its own connection.
 */
public final class JdbcWorkflowStore implements WorkflowStore {

  /** Error code of a database call that failed. */
  public static final String DATABASE_CODE = "store.database";

  private static final String CREATE_PROFILE_TABLE = """
      CREATE TABLE IF NOT EXISTS ccvc_profile (
        owner CHAR(12) PRIMARY KEY,
        unit_id VARCHAR(64) NOT NULL,
        status VARCHAR(32) NOT NULL,
        revision BIGINT NOT NULL,
        state_json CLOB NOT NULL)""";
  private static final String CREATE_EVENT_TABLE = """
      CREATE TABLE IF NOT EXISTS ccvc_event (
        owner CHAR(12) NOT NULL,
        revision BIGINT NOT NULL,
        event_type VARCHAR(32) NOT NULL,
        occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
        event_json CLOB NOT NULL,
        PRIMARY KEY (owner, revision))""";
  private static final String INSERT_PROFILE = "INSERT INTO ccvc_profile"
      + " (owner, unit_id, status, revision, state_json) VALUES (?, ?, ?, ?, ?)";
  private static final String UPDATE_PROFILE = "UPDATE ccvc_profile"
      + " SET unit_id = ?, status = ?, revision = ?, state_json = ?"
      + " WHERE owner = ? AND revision = ?";
  private static final String INSERT_EVENT = "INSERT INTO ccvc_event"
      + " (owner, revision, event_type, occurred_at, event_json) VALUES (?, ?, ?, ?, ?)";

  /** SQLSTATE class 23 code of a unique or primary-key violation. */
  private static final String UNIQUE_VIOLATION = "23505";
  /** H2's error code when a row changed under a concurrent transaction. */
  private static final int H2_CONCURRENT_UPDATE = 90131;
  private static final Pattern TWELVE_DIGITS = Pattern.compile("(?<![0-9])[0-9]{12}(?![0-9])");

  private final DataSource dataSource;
  private final StateCodec codec = StateCodec.create();

  private JdbcWorkflowStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Opens the store on {@code dataSource}, creating both tables if they are missing.
   *
   * @throws CcvcException with code {@value #DATABASE_CODE} if the tables cannot be created
   */
  public static JdbcWorkflowStore open(DataSource dataSource) {
    JdbcWorkflowStore store = new JdbcWorkflowStore(
        Objects.requireNonNull(dataSource, "dataSource"));
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(CREATE_PROFILE_TABLE);
      statement.execute(CREATE_EVENT_TABLE);
    } catch (SQLException e) {
      throw failure("cannot create the tables ccvc_profile and ccvc_event", e);
    }
    return store;
  }

  /**
   * Returns the stored state of {@code owner}'s profile, if the store contains one.
   *
   * @throws CcvcException with code {@value #DATABASE_CODE} if the query fails, or
   *     {@code store.invalid} if the stored JSON is not a state
   */
  @Override
  public Optional<ProfileState> load(CitizenId owner) {
    String sql = "SELECT state_json FROM ccvc_profile WHERE owner = ?";
    List<String> rows = query(sql, owner, "state_json", "load the profile of " + owner.masked());
    return rows.stream().findFirst()
        .map(json -> codec.readState(json, "ccvc_profile/" + owner.digits()));
  }

  /**
   * Returns the events of {@code owner}'s profile in revision order, or an empty list.
   *
   * @throws CcvcException on the conditions of {@link #load}
   */
  @Override
  public List<WorkflowEvent> events(CitizenId owner) {
    String sql = "SELECT event_json FROM ccvc_event WHERE owner = ? ORDER BY revision";
    List<String> rows = query(sql, owner, "event_json", "load the events of " + owner.masked());
    List<WorkflowEvent> events = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      events.add(codec.readEvent(rows.get(i), "ccvc_event/" + owner.digits() + "/" + i));
    }
    return List.copyOf(events);
  }

  /**
   * Returns the states of every profile, ordered by owner.
   *
   * @throws CcvcException on the conditions of {@link #load}
   */
  @Override
  public List<ProfileState> loadAll() {
    String sql = "SELECT state_json FROM ccvc_profile ORDER BY owner";
    List<String> rows = query(sql, null, "state_json", "load every profile");
    return rows.stream().map(json -> codec.readState(json, "ccvc_profile")).toList();
  }

  @Override
  public boolean compareAndSet(long expectedRevision, ProfileState state,
      List<WorkflowEvent> events) {
    WorkflowStore.checkContinues(expectedRevision, state, events);
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        return storeInTransaction(connection, expectedRevision, state, events);
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failure("cannot store the profile of " + state.owner().masked(), e);
    }
  }

  private boolean storeInTransaction(Connection connection, long expectedRevision,
      ProfileState state, List<WorkflowEvent> events) throws SQLException {
    try {
      boolean matched = expectedRevision == ABSENT
          ? insertProfile(connection, state)
          : updateProfile(connection, expectedRevision, state);
      if (!matched) {
        connection.rollback();
        return false;
      }
      insertEvents(connection, state.owner(), events);
      connection.commit();
      return true;
    } catch (SQLException e) {
      connection.rollback();
      // Another transaction stored this profile or these events first: the caller lost the race.
      if (UNIQUE_VIOLATION.equals(e.getSQLState()) || e.getErrorCode() == H2_CONCURRENT_UPDATE) {
        return false;
      }
      throw e;
    }
  }

  private boolean insertProfile(Connection connection, ProfileState state) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT_PROFILE)) {
      insert.setString(1, state.owner().digits());
      insert.setString(2, state.unitId());
      insert.setString(3, state.status().name());
      insert.setLong(4, state.revision());
      insert.setString(5, codec.stateJson(state));
      return insert.executeUpdate() == 1;
    }
  }

  private boolean updateProfile(Connection connection, long expectedRevision, ProfileState state)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(UPDATE_PROFILE)) {
      update.setString(1, state.unitId());
      update.setString(2, state.status().name());
      update.setLong(3, state.revision());
      update.setString(4, codec.stateJson(state));
      update.setString(5, state.owner().digits());
      update.setLong(6, expectedRevision);
      return update.executeUpdate() == 1;
    }
  }

  private void insertEvents(Connection connection, CitizenId owner, List<WorkflowEvent> events)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENT)) {
      for (WorkflowEvent event : events) {
        insert.setString(1, owner.digits());
        insert.setLong(2, event.revision());
        insert.setString(3, StateCodec.eventType(event));
        insert.setObject(4, OffsetDateTime.ofInstant(event.at(), ZoneOffset.UTC));
        insert.setString(5, codec.eventJson(event));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** Runs a query with an optional owner parameter and returns one column of every row. */
  private List<String> query(String sql, @Nullable CitizenId owner, String column, String task) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      if (owner != null) {
        select.setString(1, owner.digits());
      }
      List<String> values = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getString(column));
        }
      }
      return values;
    } catch (SQLException e) {
      throw failure("cannot " + task, e);
    }
  }

  private static CcvcException failure(String problem, SQLException cause) {
    String detail = TWELVE_DIGITS.matcher(String.valueOf(cause.getMessage()))
        .replaceAll(match -> CitizenId.mask(match.group()));
    return new CcvcException(DATABASE_CODE, "Workflow database: " + problem + " (SQLState "
        + cause.getSQLState() + ": " + detail + "). Check that the database is reachable and "
        + "its tables are intact.", cause);
  }

  @Override
  public String toString() {
    return "JdbcWorkflowStore[" + dataSource.getClass().getSimpleName() + "]";
  }
}
