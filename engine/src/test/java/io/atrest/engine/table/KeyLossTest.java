package io.atrest.engine.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.identity.IdentityPolicy;
import io.atrest.engine.kms.Origin;
import io.atrest.engine.kms.api.CancelKeyDeletionRequest;
import io.atrest.engine.kms.api.CreateKeyRequest;
import io.atrest.engine.kms.api.DeleteImportedKeyMaterialRequest;
import io.atrest.engine.kms.api.EnableKeyRequest;
import io.atrest.engine.kms.api.GetParametersForImportRequest;
import io.atrest.engine.kms.api.GetParametersForImportResult;
import io.atrest.engine.kms.api.ImportKeyMaterialRequest;
import io.atrest.engine.kms.api.ListGrantsRequest;
import io.atrest.engine.kms.api.PutKeyPolicyRequest;
import io.atrest.engine.kms.api.RetireGrantRequest;
import io.atrest.engine.kms.api.ScheduleKeyDeletionRequest;
import io.atrest.engine.table.error.AccessDeniedException;
import io.atrest.engine.table.sse.ReferenceKmsTableKeys;
import io.atrest.engine.table.sse.SseSpecification;
import io.atrest.policy.eval.Principal;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.junit.jupiter.api.Test;

/**
 * Each way a table's customer managed key can become unusable makes the table
 * INACCESSIBLE_ENCRYPTION_CREDENTIALS at the next refresh, and access restored within seven days
 * makes it ACTIVE again, on the reference KMS.
 */
class KeyLossTest {
  private static final String VIA_DYNAMODB_ONLY =
      "{\"Version\":\"2012-10-17\",\"Statement\":["
          + "{\"Sid\":\"Admin\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:user/alice\"},"
          + "\"Action\":[\"kms:Describe*\",\"kms:Get*\",\"kms:List*\",\"kms:PutKeyPolicy\",\"kms:RevokeGrant\"],\"Resource\":\"*\"}"
          + "%s]}";
  private static final String DYNAMODB_STATEMENT =
      ",{\"Sid\":\"ViaDynamoDb\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:user/alice\"},"
          + "\"Action\":[\"kms:Encrypt\",\"kms:Decrypt\",\"kms:ReEncrypt*\",\"kms:GenerateDataKey*\",\"kms:CreateGrant\",\"kms:DescribeKey\"],"
          + "\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"kms:ViaService\":\"dynamodb.us-west-2.amazonaws.com\"}}}";

  private final KmsBed bed = new KmsBed();
  private final byte[] material = new byte[32];

  private String tableOn(String keyArn) {
    bed.createBooks(SseSpecification.customerManaged(keyArn));
    bed.put("b1");
    return keyArn;
  }

  private void detectedAtNextRefresh() {
    bed.clock.advance(Duration.ofMinutes(5));
    assertThatThrownBy(() -> bed.get("b1")).isInstanceOf(AccessDeniedException.class);
    assertThat(bed.status()).isEqualTo(TableStatus.INACCESSIBLE_ENCRYPTION_CREDENTIALS);
  }

  private void backWithinSevenDays() {
    assertThat(bed.get("b1")).isPresent();
    assertThat(bed.status()).isEqualTo(TableStatus.ACTIVE);
  }

  private String scheduledForDeletion() {
    String key = tableOn(bed.createKey());
    bed.kms.scheduleKeyDeletion(ScheduleKeyDeletionRequest.of(bed.alice(), key, 7));
    detectedAtNextRefresh();
    return key;
  }

  @Test
  void keyPendingDeletion_makesTableInaccessible() {
    scheduledForDeletion();
  }

  @Test
  void cancelledDeletionAndReenabledKey_bringTableBack() {
    String key = scheduledForDeletion();
    bed.clock.advance(Duration.ofDays(6));
    bed.kms.cancelKeyDeletion(CancelKeyDeletionRequest.of(bed.alice(), key));
    bed.kms.enableKey(EnableKeyRequest.of(bed.alice(), key));
    backWithinSevenDays();
  }

  private String externalKey(Instant validTo) throws Exception {
    String key =
        bed.kms
            .createKey(CreateKeyRequest.symmetric(bed.alice()).withOrigin(Origin.EXTERNAL))
            .keyMetadata()
            .arn();
    importMaterial(key, validTo);
    return key;
  }

  private void importMaterial(String key, Instant validTo) throws Exception {
    GetParametersForImportResult p =
        bed.kms.getParametersForImport(
            new GetParametersForImportRequest(bed.alice(), key, "RSAES_OAEP_SHA_256", "RSA_2048"));
    PublicKey rsa =
        KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(p.publicKey()));
    Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
    cipher.init(
        Cipher.ENCRYPT_MODE,
        rsa,
        new OAEPParameterSpec(
            "SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT));
    bed.kms.importKeyMaterial(
        new ImportKeyMaterialRequest(
            bed.alice(),
            key,
            p.importToken(),
            cipher.doFinal(material),
            Optional.ofNullable(validTo),
            validTo == null ? "KEY_MATERIAL_DOES_NOT_EXPIRE" : "KEY_MATERIAL_EXPIRES"));
  }

  private String materialDeleted() throws Exception {
    new SecureRandom().nextBytes(material);
    String key = tableOn(externalKey(null));
    bed.kms.deleteImportedKeyMaterial(DeleteImportedKeyMaterialRequest.of(bed.alice(), key));
    detectedAtNextRefresh();
    return key;
  }

  @Test
  void deletedImportedKeyMaterial_makesTableInaccessible() throws Exception {
    materialDeleted();
  }

  @Test
  void reimportedKeyMaterial_bringsTableBack() throws Exception {
    String key = materialDeleted();
    importMaterial(key, null);
    backWithinSevenDays();
  }

  private String materialExpired() throws Exception {
    new SecureRandom().nextBytes(material);
    String key = tableOn(externalKey(bed.clock.instant().plus(Duration.ofHours(1))));
    bed.clock.advance(Duration.ofHours(1));
    detectedAtNextRefresh();
    return key;
  }

  @Test
  void expiredImportedKeyMaterial_makesTableInaccessible() throws Exception {
    materialExpired();
  }

  @Test
  void reimportAfterExpiry_bringsTableBack() throws Exception {
    String key = materialExpired();
    importMaterial(key, null);
    backWithinSevenDays();
  }

  private String grantRetired() {
    String key = tableOn(bed.createKey());
    String grantId =
        bed.kms.listGrants(ListGrantsRequest.of(bed.alice(), key)).grants().get(0).grantId();
    bed.kms.retireGrant(RetireGrantRequest.byId(Caller.service("dynamodb"), key, grantId));
    detectedAtNextRefresh();
    return key;
  }

  @Test
  void retiredGrant_makesTableInaccessibleThoughTheCallerMayStillUseTheKey() {
    grantRetired();
  }

  @Test
  void recreatedGrant_bringsTableBack() {
    String key = grantRetired();
    new ReferenceKmsTableKeys(bed.kms)
        .createGrant(
            bed.alice(),
            key,
            "dynamodb.us-west-2.amazonaws.com",
            "dynamodb.us-west-2.amazonaws.com",
            TableKeys.GRANT_OPERATIONS,
            Map.of("aws:dynamodb:tableName", "Books", "aws:dynamodb:subscriberId", KmsBed.ACCOUNT));
    backWithinSevenDays();
  }

  private String policyNoLongerAllowingDynamoDb() {
    String key =
        bed.kms
            .createKey(
                CreateKeyRequest.symmetric(bed.alice())
                    .withPolicy(String.format(VIA_DYNAMODB_ONLY, DYNAMODB_STATEMENT)))
            .keyMetadata()
            .arn();
    tableOn(key);
    bed.kms.putKeyPolicy(
        PutKeyPolicyRequest.of(bed.alice(), key, String.format(VIA_DYNAMODB_ONLY, "")));
    detectedAtNextRefresh();
    return key;
  }

  @Test
  void keyPolicyNoLongerAllowingDynamoDb_makesTableInaccessible() {
    policyNoLongerAllowingDynamoDb();
  }

  @Test
  void keyPolicyAllowingDynamoDbAgain_bringsTableBack() {
    String key = policyNoLongerAllowingDynamoDb();
    bed.kms.putKeyPolicy(
        PutKeyPolicyRequest.of(
            bed.alice(), key, String.format(VIA_DYNAMODB_ONLY, DYNAMODB_STATEMENT)));
    backWithinSevenDays();
  }

  @Test
  void keyPolicyDenyingAnotherUser_leavesTableActive() {
    String key =
        bed.kms
            .createKey(
                CreateKeyRequest.symmetric(bed.alice())
                    .withPolicy(String.format(VIA_DYNAMODB_ONLY, DYNAMODB_STATEMENT)))
            .keyMetadata()
            .arn();
    tableOn(key);
    Principal.IamUser bobUser = bed.iam.addUser(KmsBed.ACCOUNT, "bob");
    bed.iam.attachPolicy(bobUser, IdentityPolicy.parse("dynamodb-all", TableFixture.DYNAMODB_ALL));
    Caller bob = Caller.direct(bobUser);
    assertThatThrownBy(
            () ->
                bed.db
                    .items()
                    .getItem(
                        new GetItemRequest(
                            bob,
                            "Books",
                            Map.of("id", io.atrest.engine.table.item.AttributeValue.s("b1")))))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(bed.status()).isEqualTo(TableStatus.ACTIVE);
  }
}
