package io.atrest.engine.kms;

import static io.atrest.engine.kms.KmsTestbed.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.identity.Caller;
import io.atrest.engine.identity.IdentityPolicy;
import io.atrest.engine.kms.api.DecryptRequest;
import io.atrest.engine.kms.api.DescribeKeyRequest;
import io.atrest.engine.kms.error.AccessDeniedException;
import io.atrest.policy.Outcome;
import io.atrest.policy.Reason;
import org.junit.jupiter.api.Test;

class AuthorizationTest {

  private final KmsTestbed bed = new KmsTestbed();
  private final EncryptionContext ctx = EncryptionContext.of("aws:dynamodb:tableName", "Books");

  @Test
  void userWithoutAnyPermission_isDeniedWithAwsMessage() {
    KeyMetadata key = bed.newKey();
    byte[] blob = bed.encrypt(bed.alice, key.keyId(), "x", ctx).ciphertextBlob();
    assertThatThrownBy(() -> bed.decrypt(bed.bob, blob, ctx))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage(
            "User: arn:aws:iam::"
                + ACCOUNT
                + ":user/bob is not authorized to perform:"
                + " kms:Decrypt on resource: "
                + key.arn()
                + " because no resource-based policy allows the kms:Decrypt action");
  }

  @Test
  void deniedCall_carriesDecisionWithNoGrantNote() {
    KeyMetadata key = bed.newKey();
    byte[] blob = bed.encrypt(bed.alice, key.keyId(), "x", ctx).ciphertextBlob();
    AccessDeniedException denied =
        org.junit.jupiter.api.Assertions.assertThrows(
            AccessDeniedException.class, () -> bed.decrypt(bed.bob, blob, ctx));
    assertThat(denied.decision().outcome()).isEqualTo(Outcome.IMPLICIT_DENY);
    assertThat(denied.decision().reasons())
        .anyMatch(
            r ->
                r.kind() == Reason.Kind.NOTE
                    && r.message().contains("no grant of the key allows Decrypt"));
  }

  @Test
  void deniedCall_isRecordedAsAccessDenied() {
    KeyMetadata key = bed.newKey();
    byte[] blob = bed.encrypt(bed.alice, key.keyId(), "x", ctx).ciphertextBlob();
    try {
      bed.decrypt(bed.bob, blob, ctx);
    } catch (AccessDeniedException expected) {
      // recorded below
    }
    var event = bed.lastEvent("Decrypt");
    assertThat(event.errorCode()).contains("AccessDenied");
    assertThat(event.errorMessage().orElseThrow())
        .startsWith("User: arn:aws:iam::" + ACCOUNT + ":user/bob");
    assertThat(event.decision())
        .hasValueSatisfying(d -> assertThat(d.outcome()).isEqualTo(Outcome.IMPLICIT_DENY));
  }

  @Test
  void identityPolicyDeny_winsOverKeyPolicyAllow() {
    KeyMetadata key = bed.newKey();
    bed.iam.attachPolicy(
        bed.alice, IdentityPolicy.parse("no-decrypt", KmsTestbed.deny("kms:Decrypt")));
    byte[] blob = bed.encrypt(bed.alice, key.keyId(), "x", ctx).ciphertextBlob();
    assertThatThrownBy(() -> bed.decrypt(bed.alice, blob, ctx))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageEndingWith("with an explicit deny in an identity-based policy");
  }

  @Test
  void keyPolicyDeny_isReportedAsResourceBasedPolicy() {
    String deny =
        "{\"Sid\":\"NoDecrypt\",\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"kms:Decrypt\",\"Resource\":\"*\"}";
    KeyMetadata key = bed.newKey(KmsTestbed.keyPolicy(deny));
    byte[] blob = bed.encrypt(bed.alice, key.keyId(), "x", ctx).ciphertextBlob();
    assertThatThrownBy(() -> bed.decrypt(bed.alice, blob, ctx))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageEndingWith("with an explicit deny in a resource-based policy");
  }

  @Test
  void viaServiceCondition_allowsOnlyCallsThroughDynamoDb() {
    String viaDynamo =
        "{\"Sid\":\"ViaDynamo\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::"
            + ACCOUNT
            + ":user/bob\"},\"Action\":[\"kms:Decrypt\",\"kms:Encrypt\"],\"Resource\":\"*\","
            + "\"Condition\":{\"StringLike\":{\"kms:ViaService\":\"dynamodb.*.amazonaws.com\"}}}";
    KeyMetadata key = bed.newKey(KmsTestbed.keyPolicy(viaDynamo));
    byte[] blob = bed.encrypt(bed.alice, key.keyId(), "x", ctx).ciphertextBlob();
    assertThatThrownBy(() -> bed.decrypt(bed.bob, blob, ctx))
        .isInstanceOf(AccessDeniedException.class);
    String plain =
        KmsTestbed.text(
            bed.kms
                .decrypt(DecryptRequest.of(Caller.via("dynamodb", bed.bob), blob, ctx))
                .plaintext());
    assertThat(plain).isEqualTo("x");
  }

  @Test
  void encryptionContextCondition_usesTheContextAsSupplied() {
    String tableOnly =
        "{\"Sid\":\"Books\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::"
            + ACCOUNT
            + ":user/bob\"},\"Action\":\"kms:Decrypt\",\"Resource\":\"*\","
            + "\"Condition\":{\"StringEquals\":{\"kms:EncryptionContext:aws:dynamodb:tableName\":\"Books\"}}}";
    KeyMetadata key = bed.newKey(KmsTestbed.keyPolicy(tableOnly));
    byte[] books = bed.encrypt(bed.alice, key.keyId(), "b", ctx).ciphertextBlob();
    EncryptionContext other = EncryptionContext.of("aws:dynamodb:tableName", "Movies");
    byte[] movies = bed.encrypt(bed.alice, key.keyId(), "m", other).ciphertextBlob();
    assertThat(bed.decrypt(bed.bob, books, ctx)).isEqualTo("b");
    assertThatThrownBy(() -> bed.decrypt(bed.bob, movies, other))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void roleSession_isAllowedByKeyPolicyNamingTheRole() {
    String adminRead =
        "{\"Sid\":\"Admins\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::"
            + ACCOUNT
            + ":role/Admin\"},\"Action\":\"kms:DescribeKey\",\"Resource\":\"*\"}";
    KeyMetadata key = bed.newKey(KmsTestbed.keyPolicy(adminRead));
    assertThat(
            bed.kms
                .describeKey(DescribeKeyRequest.of(bed.caller(bed.admin), key.keyId()))
                .keyMetadata()
                .arn())
        .isEqualTo(key.arn());
  }

  @Test
  void requestAliasCondition_holdsOnlyWhenCalledByAlias() {
    String byAlias =
        "{\"Sid\":\"ByAlias\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::"
            + ACCOUNT
            + ":user/bob\"},\"Action\":\"kms:DescribeKey\",\"Resource\":\"*\","
            + "\"Condition\":{\"StringEquals\":{\"kms:RequestAlias\":\"alias/orders\"}}}";
    KeyMetadata key = bed.newKey(KmsTestbed.keyPolicy(byAlias));
    bed.kms.createAlias(
        new io.atrest.engine.kms.api.CreateAliasRequest(
            bed.caller(bed.alice), "alias/orders", key.keyId()));
    assertThat(
            bed.kms
                .describeKey(DescribeKeyRequest.of(bed.caller(bed.bob), "alias/orders"))
                .keyMetadata()
                .arn())
        .isEqualTo(key.arn());
    assertThatThrownBy(
            () -> bed.kms.describeKey(DescribeKeyRequest.of(bed.caller(bed.bob), key.keyId())))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void ciphertextOfUnknownKey_isDeniedWithAwsMessage() {
    KeyMetadata key = bed.newKey();
    byte[] blob = bed.encrypt(bed.alice, key.keyId(), "x", ctx).ciphertextBlob();
    byte[] forged = blob.clone();
    forged[2] = (byte) (forged[2] == '0' ? '1' : '0');
    assertThatThrownBy(() -> bed.decrypt(bed.alice, forged, ctx))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage(
            "The ciphertext refers to a customer master key that does not exist, does not"
                + " exist in this region, or you are not allowed to access.");
  }

  @Test
  void unknownCaller_isAUsageError() {
    var ghost = new io.atrest.policy.eval.Principal.IamUser(ACCOUNT, "ghost");
    assertThatThrownBy(
            () ->
                bed.kms.listKeys(
                    new io.atrest.engine.kms.api.ListKeysRequest(Caller.direct(ghost))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("user/ghost");
  }
}
