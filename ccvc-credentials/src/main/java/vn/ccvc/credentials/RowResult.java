package vn.ccvc.credentials;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one row of a batch: {@link Issued} or {@link Failed}.
 *
 * <p>The row number is the 1-based position in a list of requests or profiles, or for CSV the
 * line on which the row starts, the header being line 1.
 */
public sealed interface RowResult permits RowResult.Issued, RowResult.Failed {

  /** Returns the row number, as the interface description defines it. */
  int row();

  /** Returns the row's request, or {@code null} when the row could not be read as one. */
  @Nullable CredentialRequest request();

  /**
   * A row that got its credential.
   *
   * @param row the row number
   * @param request the row's request
   * @param credential the credential issued
   */
  record Issued(int row, CredentialRequest request, IssuedCredential credential)
      implements RowResult {

    /** Creates a result. */
    public Issued {
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(credential, "credential");
    }
  }

  /**
   * A row that got no credential, and why.
   *
   * @param row the row number
   * @param request the row's request, or {@code null} when the row could not be read as one
   * @param error why no credential was issued, with its code
   */
  record Failed(int row, @Nullable CredentialRequest request, CredentialException error)
      implements RowResult {

    /** Creates a result. */
    public Failed {
      Objects.requireNonNull(error, "error");
    }
  }
}
