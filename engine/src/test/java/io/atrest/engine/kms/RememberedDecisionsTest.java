package io.atrest.engine.kms;

import static io.atrest.engine.kms.KmsTestbed.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.identity.IdentityPolicy;
import io.atrest.engine.kms.api.CreateGrantRequest;
import io.atrest.engine.kms.api.PutKeyPolicyRequest;
import io.atrest.engine.kms.error.AccessDeniedException;
import io.atrest.engine.kms.grant.GrantOperation;
import io.atrest.engine.trail.TrailEvent;
import io.atrest.policy.Outcome;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The KMS remembers policy decisions of repeated requests; every change that can alter a decision
 * must be seen by the very next call, and every call must still be recorded with its decision.
 */
class RememberedDecisionsTest {

  private final KmsTestbed bed = new KmsTestbed();
  private final EncryptionContext books = EncryptionContext.of("tableName", "Books");

  @Test
  void keyPolicyDenyPut_afterRepeatedAllowedCalls_deniesTheNextCall() {
    String arn = bed.newKey(KmsTestbed.keyPolicy(bobMay("kms:Encrypt", ""))).arn();
    bed.encrypt(bed.bob, arn, "x", books);
    bed.encrypt(bed.bob, arn, "x", books);

    putPolicy(arn, KmsTestbed.keyPolicy(bobMay("kms:Encrypt", ""), denyBob("kms:Encrypt")));

    assertThatThrownBy(() -> bed.encrypt(bed.bob, arn, "x", books))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("with an explicit deny in a resource-based policy");
  }

  @Test
  void identityPolicyAttached_afterRepeatedAllowedCalls_deniesTheNextCall() {
    String arn = bed.newKey().arn();
    bed.encrypt(bed.alice, arn, "x", books);
    bed.encrypt(bed.alice, arn, "x", books);

    bed.iam.attachPolicy(bed.alice, IdentityPolicy.parse("no-encrypt", KmsTestbed.deny("kms:*")));

    assertThatThrownBy(() -> bed.encrypt(bed.alice, arn, "x", books))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("with an explicit deny in an identity-based policy");
  }

  @Test
  void otherContextValue_afterAnAllowedCall_isEvaluatedAgain() {
    String condition =
        ",\"Condition\":{\"StringEquals\":{\"kms:EncryptionContext:tableName\":\"Books\"}}";
    String arn = bed.newKey(KmsTestbed.keyPolicy(bobMay("kms:Encrypt", condition))).arn();
    bed.encrypt(bed.bob, arn, "x", books);

    assertThatThrownBy(
            () -> bed.encrypt(bed.bob, arn, "x", EncryptionContext.of("tableName", "Movies")))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void timeCondition_isEvaluatedOnEveryCall() {
    String until =
        ",\"Condition\":{\"DateLessThan\":{\"aws:CurrentTime\":\"2026-01-01T01:00:00Z\"}}";
    String arn = bed.newKey(KmsTestbed.keyPolicy(bobMay("kms:Encrypt", until))).arn();
    bed.encrypt(bed.bob, arn, "x", books);
    bed.encrypt(bed.bob, arn, "x", books);

    bed.clock.advance(Duration.ofHours(2));

    assertThatThrownBy(() -> bed.encrypt(bed.bob, arn, "x", books))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void timeCondition_isEvaluatedAgainOneSecondLater() {
    String until =
        ",\"Condition\":{\"DateLessThan\":{\"aws:CurrentTime\":\"2026-01-01T00:00:01Z\"}}";
    String arn = bed.newKey(KmsTestbed.keyPolicy(bobMay("kms:Encrypt", until))).arn();
    bed.encrypt(bed.bob, arn, "x", books);

    bed.clock.advance(Duration.ofSeconds(1));

    assertThatThrownBy(() -> bed.encrypt(bed.bob, arn, "x", books))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void timeFreePolicy_laterSecond_isAllowedWithTheSameReasons() {
    String arn = bed.newKey(KmsTestbed.keyPolicy(bobMay("kms:Encrypt", ""))).arn();
    bed.encrypt(bed.bob, arn, "x", books);

    bed.clock.advance(Duration.ofSeconds(3));
    bed.encrypt(bed.bob, arn, "x", books);

    List<TrailEvent> encrypts = bed.events("Encrypt");
    assertThat(encrypts).hasSize(2);
    assertThat(encrypts.get(1).eventTime()).isAfter(encrypts.get(0).eventTime());
    assertThat(encrypts.get(1).decision()).isEqualTo(encrypts.get(0).decision());
  }

  @Test
  void grantCreated_afterADeniedCall_allowsTheNextCall() {
    String arn = bed.newKey().arn();
    assertThatThrownBy(() -> bed.encrypt(bed.bob, arn, "x", books))
        .isInstanceOf(AccessDeniedException.class);

    bed.kms.createGrant(
        CreateGrantRequest.of(
            bed.caller(bed.alice), arn, bed.bob.arn(), List.of(GrantOperation.Encrypt)));

    assertThat(bed.encrypt(bed.bob, arn, "x", books).keyId()).isEqualTo(arn);
  }

  @Test
  void repeatedCalls_areEachRecordedWithTheirDecision() {
    String arn = bed.newKey().arn();
    for (int i = 0; i < 5; i++) {
      bed.encrypt(bed.alice, arn, "x", books);
    }

    List<TrailEvent> encrypts = bed.events("Encrypt");
    assertThat(encrypts).hasSize(5);
    assertThat(encrypts).allMatch(e -> e.decision().orElseThrow().outcome() == Outcome.ALLOW);
    assertThat(encrypts.stream().map(TrailEvent::eventID).distinct()).hasSize(5);
  }

  private void putPolicy(String arn, String policy) {
    bed.kms.putKeyPolicy(PutKeyPolicyRequest.of(bed.caller(bed.root), arn, policy));
  }

  private static String bobMay(String action, String condition) {
    return "{\"Sid\":\"Bob\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::"
        + ACCOUNT
        + ":user/bob\"},\"Action\":\""
        + action
        + "\",\"Resource\":\"*\""
        + condition
        + "}";
  }

  private static String denyBob(String action) {
    return "{\"Sid\":\"NoBob\",\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"arn:aws:iam::"
        + ACCOUNT
        + ":user/bob\"},\"Action\":\""
        + action
        + "\",\"Resource\":\"*\"}";
  }
}
