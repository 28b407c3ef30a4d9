package io.atrest.engine.kms;

import static io.atrest.engine.kms.KmsTestbed.ACCOUNT;
import static io.atrest.engine.kms.KmsTestbed.REGION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.kms.api.CreateKeyRequest;
import io.atrest.engine.kms.api.DescribeKeyRequest;
import io.atrest.engine.kms.api.ListKeysRequest;
import io.atrest.engine.kms.api.ListResourceTagsRequest;
import io.atrest.engine.kms.api.TagResourceRequest;
import io.atrest.engine.kms.api.UntagResourceRequest;
import io.atrest.engine.kms.api.UpdateKeyDescriptionRequest;
import io.atrest.engine.kms.error.AccessDeniedException;
import io.atrest.engine.kms.error.TagException;
import io.atrest.engine.kms.error.UnsupportedOperationException;
import io.atrest.engine.kms.error.ValidationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyLifecycleTest {

  private final KmsTestbed bed = new KmsTestbed();

  @Test
  void createKey_returnsMetadataAsAwsDoes() {
    KeyMetadata key = bed.newKey();
    assertThat(key.arn())
        .isEqualTo("arn:aws:kms:" + REGION + ":" + ACCOUNT + ":key/" + key.keyId());
    assertThat(key.keyId())
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(key.awsAccountId()).isEqualTo(ACCOUNT);
    assertThat(key.keyState()).isEqualTo(KeyState.ENABLED);
    assertThat(key.enabled()).isTrue();
    assertThat(key.keyManager()).isEqualTo(KeyManager.CUSTOMER);
    assertThat(key.origin()).isEqualTo(Origin.AWS_KMS);
    assertThat(key.keySpec()).isEqualTo(KeySpec.SYMMETRIC_DEFAULT);
    assertThat(key.keyUsage()).isEqualTo(KeyUsage.ENCRYPT_DECRYPT);
    assertThat(key.multiRegion()).isFalse();
    assertThat(key.encryptionAlgorithms()).containsExactly("SYMMETRIC_DEFAULT");
    assertThat(key.currentKeyMaterialId())
        .hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f]{64}"));
    assertThat(key.creationDate()).isEqualTo(KmsTestbed.START);
    assertThat(key.deletionDate()).isEmpty();
  }

  @Test
  void createKeyWithoutPolicy_getsTheDefaultKeyPolicy() {
    KeyMetadata key = bed.newKey();
    String policy =
        bed.kms
            .getKeyPolicy(
                io.atrest.engine.kms.api.GetKeyPolicyRequest.of(bed.caller(bed.alice), key.keyId()))
            .policy();
    assertThat(policy)
        .contains("\"Sid\" : \"Enable IAM User Permissions\"")
        .contains("arn:aws:iam::" + ACCOUNT + ":root")
        .contains("\"kms:*\"");
  }

  @Test
  void hmacKeyWithoutKeyUsage_fails() {
    CreateKeyRequest request =
        CreateKeyRequest.symmetric(bed.caller(bed.alice)).withSpec(KeySpec.HMAC_256, null);
    assertThatThrownBy(() -> bed.kms.createKey(request))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "You must specify a KeyUsage value for all KMS keys except for symmetric encryption"
                + " keys.");
  }

  @Test
  void keyUsageNotAllowedBySpec_fails() {
    CreateKeyRequest request =
        CreateKeyRequest.symmetric(bed.caller(bed.alice))
            .withSpec(KeySpec.ECC_NIST_P256, KeyUsage.ENCRYPT_DECRYPT);
    assertThatThrownBy(() -> bed.kms.createKey(request))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("ENCRYPT_DECRYPT")
        .hasMessageContaining("ECC_NIST_P256");
  }

  @Test
  void asymmetricKey_listsItsEncryptionAlgorithms() {
    KeyMetadata key =
        bed.kms
            .createKey(
                CreateKeyRequest.symmetric(bed.caller(bed.alice))
                    .withSpec(KeySpec.RSA_2048, KeyUsage.ENCRYPT_DECRYPT))
            .keyMetadata();
    assertThat(key.encryptionAlgorithms())
        .containsExactly("RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256");
    assertThat(key.currentKeyMaterialId()).isEmpty();
  }

  @Test
  void externalOriginKey_startsPendingImport() {
    KeyMetadata key =
        bed.kms
            .createKey(
                CreateKeyRequest.symmetric(bed.caller(bed.alice)).withOrigin(Origin.EXTERNAL))
            .keyMetadata();
    assertThat(key.keyState()).isEqualTo(KeyState.PENDING_IMPORT);
    assertThat(key.enabled()).isFalse();
    assertThat(key.currentKeyMaterialId()).isEmpty();
  }

  @Test
  void externalOriginAsymmetricKey_isUnsupported() {
    CreateKeyRequest request =
        CreateKeyRequest.symmetric(bed.caller(bed.alice))
            .withSpec(KeySpec.RSA_2048, KeyUsage.SIGN_VERIFY)
            .withOrigin(Origin.EXTERNAL);
    assertThatThrownBy(() -> bed.kms.createKey(request))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("RSA_2048");
  }

  @Test
  void reservedTagPrefix_fails() {
    CreateKeyRequest request =
        CreateKeyRequest.symmetric(bed.caller(bed.alice)).withTags(Map.of("aws:x", "y"));
    assertThatThrownBy(() -> bed.kms.createKey(request))
        .isInstanceOf(TagException.class)
        .hasMessage("Tags beginning with aws: are reserved");
  }

  @Test
  void descriptionOver8192Characters_fails() {
    CreateKeyRequest request =
        CreateKeyRequest.symmetric(bed.caller(bed.alice)).withDescription("d".repeat(8193));
    assertThatThrownBy(() -> bed.kms.createKey(request))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "1 validation error detected: Value at 'description' failed to satisfy constraint:"
                + " Member must have length less than or equal to 8192");
  }

  @Test
  void createKeyWithoutIamPermission_isDenied() {
    assertThatThrownBy(() -> bed.kms.createKey(CreateKeyRequest.symmetric(bed.caller(bed.bob))))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage(
            "User: arn:aws:iam::"
                + ACCOUNT
                + ":user/bob is not authorized to perform: kms:CreateKey on resource: * because no"
                + " identity-based policy allows the kms:CreateKey action");
  }

  @Test
  void accountRoot_mayCreateKeysWithoutIdentityPolicies() {
    KeyMetadata key =
        bed.kms.createKey(CreateKeyRequest.symmetric(bed.caller(bed.root))).keyMetadata();
    assertThat(key.awsAccountId()).isEqualTo(ACCOUNT);
  }

  @Test
  void listKeys_showsOnlyTheCallersAccount() {
    KeyMetadata mine = bed.newKey();
    bed.iam.attachPolicy(
        bed.carol,
        io.atrest.engine.identity.IdentityPolicy.parse("all", KmsTestbed.allow("kms:*")));
    bed.kms.createKey(CreateKeyRequest.symmetric(bed.caller(bed.carol)));
    assertThat(bed.kms.listKeys(new ListKeysRequest(bed.caller(bed.alice))).keys())
        .extracting(e -> e.keyArn())
        .containsExactly(mine.arn());
  }

  @Test
  void updateKeyDescription_changesDescribeKey() {
    KeyMetadata key = bed.newKey();
    bed.kms.updateKeyDescription(
        new UpdateKeyDescriptionRequest(bed.caller(bed.alice), key.keyId(), "orders"));
    assertThat(
            bed.kms
                .describeKey(DescribeKeyRequest.of(bed.caller(bed.alice), key.keyId()))
                .keyMetadata()
                .description())
        .isEqualTo("orders");
  }

  @Test
  void tagAndUntag_areListedSorted() {
    KeyMetadata key = bed.newKey();
    bed.kms.tagResource(
        new TagResourceRequest(bed.caller(bed.alice), key.keyId(), Map.of("b", "2", "a", "1")));
    bed.kms.untagResource(
        new UntagResourceRequest(bed.caller(bed.alice), key.keyId(), List.of("b")));
    assertThat(
            bed.kms
                .listResourceTags(ListResourceTagsRequest.of(bed.caller(bed.alice), key.keyId()))
                .tags())
        .containsExactly(Map.entry("a", "1"));
  }

  @Test
  void tagResourceWithReservedPrefix_fails() {
    KeyMetadata key = bed.newKey();
    assertThatThrownBy(
            () ->
                bed.kms.tagResource(
                    new TagResourceRequest(
                        bed.caller(bed.alice), key.keyId(), Map.of("aws:owner", "x"))))
        .isInstanceOf(TagException.class)
        .hasMessage("Tags beginning with aws: are reserved");
  }

  @Test
  void createKey_isRecordedWithKeyMetadataResponse() {
    KeyMetadata key = bed.newKey();
    var event = bed.lastEvent("CreateKey");
    assertThat(event.readOnly()).contains(false);
    assertThat(event.responseElements().orElseThrow().at("/keyMetadata/keyId").asText())
        .isEqualTo(key.keyId());
    assertThat(event.resourceArns("AWS::KMS::Key")).containsExactly(key.arn());
  }
}
