package io.atrest.engine.kms;

import static io.atrest.engine.kms.KmsTestbed.ACCOUNT;
import static io.atrest.engine.kms.KmsTestbed.OTHER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.identity.Caller;
import io.atrest.engine.identity.IdentityPolicy;
import io.atrest.engine.kms.api.CreateGrantRequest;
import io.atrest.engine.kms.api.DecryptRequest;
import io.atrest.engine.kms.api.GenerateDataKeyRequest;
import io.atrest.engine.kms.error.AccessDeniedException;
import io.atrest.engine.kms.grant.GrantConstraints;
import io.atrest.engine.kms.grant.GrantOperation;
import io.atrest.engine.trail.TrailEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CloudTrail shapes of seed 004 and POLICY-SEMANTICS §7.3. */
class TrailShapesTest {

  private final KmsTestbed bed = new KmsTestbed();
  private final EncryptionContext table =
      EncryptionContext.of(
          Map.of("aws:dynamodb:tableName", "Books", "aws:dynamodb:subscriberId", ACCOUNT));

  @Test
  void decryptByDynamoDbOnBehalfOfASession_showsTheSessionInvokedByDynamoDb() {
    KeyMetadata key = bed.kms.awsManagedKey("dynamodb", ACCOUNT);
    Caller viaDynamo = Caller.via("dynamodb", bed.admin).withAccessKeyId("AKIAIOSFODNN7EXAMPLE");
    byte[] blob =
        bed.kms
            .generateDataKey(GenerateDataKeyRequest.aes256(viaDynamo, key.arn(), table))
            .ciphertextBlob();
    bed.kms.decrypt(DecryptRequest.of(viaDynamo, blob, table));
    var json = bed.lastEvent("Decrypt").toJson();
    assertThat(json.at("/userIdentity/type").asText()).isEqualTo("AssumedRole");
    assertThat(json.at("/userIdentity/arn").asText())
        .isEqualTo("arn:aws:sts::" + ACCOUNT + ":assumed-role/Admin/user01");
    assertThat(json.at("/userIdentity/principalId").asText()).matches("AROA[A-Z2-7]{17}:user01");
    assertThat(json.at("/userIdentity/sessionContext/sessionIssuer/arn").asText())
        .isEqualTo("arn:aws:iam::" + ACCOUNT + ":role/Admin");
    assertThat(json.at("/userIdentity/invokedBy").asText()).isEqualTo("dynamodb.amazonaws.com");
    assertThat(json.at("/userIdentity/accessKeyId").asText()).isEqualTo("AKIAIOSFODNN7EXAMPLE");
    assertThat(json.get("sourceIPAddress").asText()).isEqualTo("dynamodb.amazonaws.com");
    assertThat(json.get("userAgent").asText()).isEqualTo("dynamodb.amazonaws.com");
    assertThat(json.at("/requestParameters/encryptionContext/aws:dynamodb:tableName").asText())
        .isEqualTo("Books");
    assertThat(json.get("recipientAccountId").asText()).isEqualTo(ACCOUNT);
    assertThat(json.has("sharedEventID")).isFalse();
  }

  @Test
  void generateDataKeyByTheServiceItself_isAnAwsServiceIdentityWithSharedEventId() {
    KeyMetadata key = bed.kms.awsManagedKey("dynamodb", ACCOUNT);
    Caller viaDynamo = Caller.via("dynamodb", bed.admin);
    bed.kms.createGrant(
        CreateGrantRequest.of(
                viaDynamo,
                key.arn(),
                "dynamodb.us-west-2.amazonaws.com",
                List.of(
                    GrantOperation.GenerateDataKey,
                    GrantOperation.Decrypt,
                    GrantOperation.RetireGrant))
            .withRetiringPrincipal("dynamodb.us-west-2.amazonaws.com")
            .withConstraints(GrantConstraints.subsetOf(table.asMap())));
    bed.kms.generateDataKey(
        GenerateDataKeyRequest.aes256(Caller.service("dynamodb"), key.arn(), table));
    var json = bed.lastEvent("GenerateDataKey").toJson();
    assertThat(json.at("/userIdentity/type").asText()).isEqualTo("AWSService");
    assertThat(json.at("/userIdentity/invokedBy").asText()).isEqualTo("dynamodb.amazonaws.com");
    assertThat(json.at("/requestParameters/keySpec").asText()).isEqualTo("AES_256");
    assertThat(json.at("/requestParameters/keyId").asText()).isEqualTo(key.arn());
    assertThat(json.get("readOnly").asBoolean()).isTrue();
    assertThat(json.get("recipientAccountId").asText()).isEqualTo(ACCOUNT);
    assertThat(json.get("sharedEventID").asText()).isNotBlank();
  }

  @Test
  void serviceWithoutGrant_isDenied() {
    KeyMetadata key = bed.kms.awsManagedKey("dynamodb", ACCOUNT);
    assertThatThrownBy(
            () ->
                bed.kms.generateDataKey(
                    GenerateDataKeyRequest.aes256(Caller.service("dynamodb"), key.arn(), table)))
        .isInstanceOf(AccessDeniedException.class);
  }

  private KeyMetadata sharedKey() {
    String otherAccount =
        "{\"Sid\":\"Other\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::"
            + OTHER_ACCOUNT
            + ":root\"},\"Action\":[\"kms:Encrypt\",\"kms:Decrypt\"],\"Resource\":\"*\"}";
    return bed.newKey(KmsTestbed.keyPolicy(otherAccount));
  }

  @Test
  void crossAccountDecrypt_isRecordedInBothAccountsWithOneSharedEventId() {
    KeyMetadata key = sharedKey();
    bed.iam.attachPolicy(bed.carol, IdentityPolicy.parse("use", KmsTestbed.allow("kms:Decrypt")));
    byte[] blob = bed.encrypt(bed.alice, key.keyId(), "x", table).ciphertextBlob();
    assertThat(bed.decrypt(bed.carol, blob, table)).isEqualTo("x");
    List<TrailEvent> events = bed.events("Decrypt");
    assertThat(events)
        .extracting(e -> e.recipientAccountId().orElseThrow())
        .containsExactlyInAnyOrder(ACCOUNT, OTHER_ACCOUNT);
    assertThat(events.get(0).sharedEventID()).isPresent().isEqualTo(events.get(1).sharedEventID());
    assertThat(events.get(0).eventID()).isNotEqualTo(events.get(1).eventID());
  }

  @Test
  void crossAccountCallWithoutIamAllow_isDeniedAndRecordedOnlyInTheCallersAccount() {
    KeyMetadata key = sharedKey();
    byte[] blob = bed.encrypt(bed.alice, key.keyId(), "x", table).ciphertextBlob();
    assertThatThrownBy(() -> bed.decrypt(bed.carol, blob, table))
        .isInstanceOf(AccessDeniedException.class);
    List<TrailEvent> events = bed.events("Decrypt");
    assertThat(events)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.recipientAccountId()).contains(OTHER_ACCOUNT);
              assertThat(e.errorCode()).contains("AccessDenied");
            });
  }
}
