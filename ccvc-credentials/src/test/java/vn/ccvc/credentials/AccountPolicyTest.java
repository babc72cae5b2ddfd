package vn.ccvc.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountPolicyTest {

  private static final Instant EXPIRES = Instant.parse("2026-01-08T02:30:00Z");
  private static final AccountState AWAITING = AccountState.awaitingFirstLogin(EXPIRES);

  @Test
  void initialCredential_acceptedBeforeExpiry() {
    AccountDecision decision =
        AccountPolicy.loginWithInitialCredential(AWAITING, EXPIRES.minusSeconds(1));
    assertThat(decision.accepted()).isTrue();
    assertThat(decision.code()).isNull();
    assertThat(decision.message()).isNull();
    assertThat(decision.state()).isEqualTo(AccountState.passwordChangeRequired());
  }

  @Test
  void initialCredential_rejectedAtExpiry() {
    AccountDecision decision = AccountPolicy.loginWithInitialCredential(AWAITING, EXPIRES);
    assertThat(decision.accepted()).isFalse();
    assertThat(decision.code()).isEqualTo("account.initialExpired");
    assertThat(decision.message()).isEqualTo("The initial password expired at "
        + "2026-01-08T02:30:00Z; ask the administrator to issue a new one.");
    assertThat(decision.state()).isSameAs(AWAITING);
  }

  @Test
  void initialCredential_acceptedOnce() {
    AccountState used = AccountPolicy
        .loginWithInitialCredential(AWAITING, EXPIRES.minusSeconds(60)).state();
    AccountDecision second = AccountPolicy.loginWithInitialCredential(used,
        EXPIRES.minusSeconds(30));
    assertThat(second.accepted()).isFalse();
    assertThat(second.code()).isEqualTo("account.initialUsed");
    assertThat(second.message()).isEqualTo("The initial password was already used; it works "
        + "only once. Ask the administrator to issue a new one.");
  }

  @Test
  void initialCredential_rejectedOnceActive() {
    AccountDecision decision =
        AccountPolicy.loginWithInitialCredential(AccountState.active(), EXPIRES.minusSeconds(1));
    assertThat(decision.code()).isEqualTo("account.initialUsed");
  }

  @Test
  void afterFirstLogin_onlyPasswordChangePermitted() {
    AccountState state = AccountState.passwordChangeRequired();
    assertThat(AccountPolicy.permits(state, AccountOperation.CHANGE_PASSWORD)).isTrue();
    assertThat(AccountPolicy.permits(state, AccountOperation.OTHER)).isFalse();
  }

  @Test
  void beforeFirstLogin_nothingPermitted() {
    assertThat(AccountPolicy.permits(AWAITING, AccountOperation.CHANGE_PASSWORD)).isFalse();
    assertThat(AccountPolicy.permits(AWAITING, AccountOperation.OTHER)).isFalse();
  }

  @Test
  void active_everythingPermitted() {
    assertThat(AccountPolicy.permits(AccountState.active(), AccountOperation.CHANGE_PASSWORD))
        .isTrue();
    assertThat(AccountPolicy.permits(AccountState.active(), AccountOperation.OTHER)).isTrue();
  }

  @Test
  void passwordChange_unlocksAccount() {
    AccountDecision decision = AccountPolicy.passwordChanged(AccountState.passwordChangeRequired());
    assertThat(decision.accepted()).isTrue();
    assertThat(decision.state()).isEqualTo(AccountState.active());
    assertThat(AccountPolicy.permits(decision.state(), AccountOperation.OTHER)).isTrue();
  }

  @Test
  void passwordChange_beforeFirstLogin_rejected() {
    AccountDecision decision = AccountPolicy.passwordChanged(AWAITING);
    assertThat(decision.accepted()).isFalse();
    assertThat(decision.code()).isEqualTo("account.firstLoginRequired");
    assertThat(decision.message()).isEqualTo("The password cannot be changed before the first "
        + "login with the initial password.");
    assertThat(decision.state()).isSameAs(AWAITING);
  }

  @Test
  void passwordChange_whenActive_staysActive() {
    assertThat(AccountPolicy.passwordChanged(AccountState.active()).state())
        .isEqualTo(AccountState.active());
  }

  @Test
  void passwordLogin_onlyWhenActive() {
    assertThat(AccountPolicy.loginWithPassword(AccountState.active()).accepted()).isTrue();
    AccountDecision awaiting = AccountPolicy.loginWithPassword(AWAITING);
    assertThat(awaiting.code()).isEqualTo("account.firstLoginRequired");
    assertThat(awaiting.message()).isEqualTo("The account has no password of its own yet; log "
        + "in with the initial password first.");
    AccountDecision pending =
        AccountPolicy.loginWithPassword(AccountState.passwordChangeRequired());
    assertThat(pending.code()).isEqualTo("account.passwordChangeRequired");
    assertThat(pending.message()).isEqualTo("The password must be changed after the first "
        + "login; ask the administrator to issue a new initial password if that session has "
        + "ended.");
  }

  @Test
  void stateFromIssuedCredential() {
    IssuedCredential credential = new IssuedCredential("038185011234", "Thuy1234@", "national",
        EXPIRES.minusSeconds(7 * 86400), EXPIRES, java.util.List.of());
    assertThat(AccountState.awaitingFirstLogin(credential)).isEqualTo(AWAITING);
  }

  @Test
  void state_expiryOnlyWhileAwaiting() {
    assertThatThrownBy(() -> new AccountState(AccountStatus.ACTIVE, EXPIRES))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AccountState(AccountStatus.AWAITING_FIRST_LOGIN, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void decision_rejectionNeedsCodeAndMessage() {
    assertThatThrownBy(() -> new AccountDecision(false, null, null, AWAITING))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AccountDecision(true, "code", "message", AWAITING))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
