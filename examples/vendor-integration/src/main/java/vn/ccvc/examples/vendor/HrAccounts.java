package vn.ccvc.examples.vendor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import vn.ccvc.credentials.CredentialIssuer;
import vn.ccvc.credentials.CredentialRequest;
import vn.ccvc.credentials.IssuedCredential;
import vn.ccvc.credentials.PasswordHasher;
import vn.ccvc.credentials.Pbkdf2PasswordHasher;
import vn.ccvc.credentials.RandomScheme;
import vn.ccvc.model.CcvcException;
import vn.ccvc.model.CitizenId;
import vn.ccvc.model.Profile;

/**
 * The HR system's login accounts in table {@code hr_account}: issues each employee's initial
 * credential with {@link RandomScheme} and stores only the PBKDF2 hash of the password, with its
 * expiry and the flag that forces a change at first login.
 *
 * <p>Safe to share between threads when the data source is.
 */
final class HrAccounts {

  private static final String CREATE_TABLE = """
      CREATE TABLE IF NOT EXISTS hr_account (
        username CHAR(12) PRIMARY KEY,
        password_hash VARCHAR(255) NOT NULL,
        expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
        must_change_password BOOLEAN NOT NULL)""";
  private static final String INSERT = "INSERT INTO hr_account"
      + " (username, password_hash, expires_at, must_change_password) VALUES (?, ?, ?, ?)";

  private final DataSource dataSource;
  private final CredentialIssuer issuer;
  private final PasswordHasher hasher = Pbkdf2PasswordHasher.create();

  private HrAccounts(DataSource dataSource, CredentialIssuer issuer) {
    this.dataSource = dataSource;
    this.issuer = issuer;
  }

  /** Opens the accounts on {@code dataSource}, creating the table if it is missing. */
  static HrAccounts open(DataSource dataSource, Clock clock) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(CREATE_TABLE);
    } catch (SQLException e) {
      throw failure("cannot create the table hr_account", e);
    }
    return new HrAccounts(dataSource, CredentialIssuer.of(RandomScheme.create(), clock));
  }

  /**
   * Issues and stores the initial credential of the profile's owner.
   *
   * @return a description for the HR officer, without the password
   * @throws CcvcException if the scheme rejects the person or the row cannot be inserted
   */
  String issue(Profile profile) {
    IssuedCredential credential = issuer.issue(CredentialRequest.from(profile));
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(INSERT)) {
      insert.setString(1, credential.username());
      insert.setString(2, hasher.hash(credential.initialPassword()));
      insert.setObject(3, OffsetDateTime.ofInstant(credential.expiresAt(), ZoneOffset.UTC));
      insert.setBoolean(4, credential.changeRequired());
      insert.executeUpdate();
    } catch (SQLException e) {
      throw failure("cannot store the account " + CitizenId.mask(credential.username()), e);
    }
    long days = Duration.between(credential.issuedAt(), credential.expiresAt()).toDays();
    return "user name " + CitizenId.mask(credential.username()) + " issued; initial password of "
        + credential.initialPassword().length() + " characters (" + credential.scheme()
        + " scheme), valid " + days + " days, one login, stored as a PBKDF2 hash only";
  }

  private static CcvcException failure(String problem, SQLException cause) {
    return new CcvcException(JdbcWorkflowStore.DATABASE_CODE, "HR accounts: " + problem
        + " (SQLState " + cause.getSQLState() + "). Check that the database is reachable.",
        cause);
  }
}
