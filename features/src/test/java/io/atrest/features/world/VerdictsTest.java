package io.atrest.features.world;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.KeySpec;
import io.atrest.engine.kms.Origin;
import io.atrest.features.types.ExpectedOutcome;
import io.atrest.features.types.PrincipalRef;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VerdictsTest {

  private final KmsWorld world = new KmsWorld();
  private final Actors actors = new Actors(world);
  private final KmsCalls calls = new KmsCalls(world, new LastCall(), new Evidence());
  private final Operations operations = new Operations(world, calls);
  private String keyArn;

  @BeforeEach
  void defaultKey() {
    Caller root = actors.caller(PrincipalRef.accountRoot(), false);
    new KeyAdmin(world, calls)
        .create(
            root,
            "k",
            KeySpec.SYMMETRIC_DEFAULT,
            Optional.empty(),
            Origin.AWS_KMS,
            Optional.empty())
        .orFail();
    keyArn = world.keys().get("k");
  }

  @Test
  void deniedCall_failsAnAllowedExpectation_withTheDecisionsReasons() {
    CallResult result = call(PrincipalRef.parse("user \"app\""), "Encrypt");
    assertThatThrownBy(() -> Verdicts.allowedBy(result, "Enable IAM User Permissions"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "expected: the call is allowed by statement \"Enable IAM User Permissions\"")
        .hasMessageContaining("AccessDeniedException")
        .hasMessageContaining("IMPLICIT_DENY")
        .hasMessageContaining("no identity policy of the caller allows kms:Encrypt");
  }

  @Test
  void deniedCall_meetsAnImplicitDenialExpectation_butNotAnExplicitOne() {
    CallResult result = call(PrincipalRef.parse("user \"app\""), "Encrypt");
    assertThatCode(
            () ->
                Verdicts.check(result, new ExpectedOutcome.Denied(ExpectedOutcome.Denial.IMPLICIT)))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () ->
                Verdicts.check(result, new ExpectedOutcome.Denied(ExpectedOutcome.Denial.EXPLICIT)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("explicit Deny");
  }

  @Test
  void allowedCall_namesTheStatementThatAllowedIt() {
    CallResult result = call(PrincipalRef.accountRoot(), "Encrypt");
    assertThatCode(() -> Verdicts.allowedBy(result, "Enable IAM User Permissions"))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> Verdicts.allowedBy(result, "SomeOtherStatement"))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void errorMessage_mayNameTheKeyArnByPlaceholder() {
    call(PrincipalRef.accountRoot(), "DisableKey").orFail();
    CallResult result = call(PrincipalRef.accountRoot(), "Encrypt");
    assertThatCode(() -> Verdicts.failsWith(result, "DisabledException", "<key ARN> is disabled."))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> Verdicts.failsWith(result, "KMSInvalidStateException", null))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("DisabledException: " + keyArn + " is disabled.");
  }

  private CallResult call(PrincipalRef who, String operation) {
    return operations.call(
        operation, actors.caller(who, false), keyArn, EncryptionContext.empty(), List.of());
  }
}
