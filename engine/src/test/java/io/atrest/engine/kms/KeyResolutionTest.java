package io.atrest.engine.kms;

import static io.atrest.engine.kms.KmsTestbed.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.kms.api.CreateAliasRequest;
import io.atrest.engine.kms.api.DescribeKeyRequest;
import io.atrest.engine.kms.api.EnableKeyRequest;
import io.atrest.engine.kms.error.InvalidArnException;
import io.atrest.engine.kms.error.NotFoundException;
import org.junit.jupiter.api.Test;

class KeyResolutionTest {

  private final KmsTestbed bed = new KmsTestbed();

  private KeyMetadata describe(String keyId) {
    return bed.kms.describeKey(DescribeKeyRequest.of(bed.caller(bed.alice), keyId)).keyMetadata();
  }

  @Test
  void keyIdKeyArnAliasNameAndAliasArn_allResolve() {
    KeyMetadata key = bed.newKey();
    bed.kms.createAlias(new CreateAliasRequest(bed.caller(bed.alice), "alias/orders", key.keyId()));
    assertThat(describe(key.keyId()).arn()).isEqualTo(key.arn());
    assertThat(describe(key.arn()).arn()).isEqualTo(key.arn());
    assertThat(describe("alias/orders").arn()).isEqualTo(key.arn());
    assertThat(describe("arn:aws:kms:us-west-2:" + ACCOUNT + ":alias/orders").arn())
        .isEqualTo(key.arn());
  }

  @Test
  void nonUuidKeyId_isInvalidKeyId() {
    assertThatThrownBy(() -> describe("fake-key-id"))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("Invalid keyId 'fake-key-id'");
  }

  @Test
  void unknownKeyId_doesNotExist() {
    String id = "1234abcd-12ab-34cd-56ef-1234567890ab";
    assertThatThrownBy(() -> describe(id))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("Key 'arn:aws:kms:us-west-2:" + ACCOUNT + ":key/" + id + "' does not exist");
  }

  @Test
  void keyArnOfAnotherRegion_isInvalidArn() {
    KeyMetadata key = bed.newKey();
    assertThatThrownBy(() -> describe(key.arn().replace("us-west-2", "eu-west-1")))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("Invalid arn eu-west-1");
  }

  @Test
  void unknownAlias_isNotFound() {
    assertThatThrownBy(() -> describe("alias/nope"))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("Alias arn:aws:kms:us-west-2:" + ACCOUNT + ":alias/nope is not found.");
  }

  @Test
  void aliasInKeyManagementOperation_isRefused() {
    KeyMetadata key = bed.newKey();
    bed.kms.createAlias(new CreateAliasRequest(bed.caller(bed.alice), "alias/orders", key.keyId()));
    assertThatThrownBy(
            () -> bed.kms.enableKey(EnableKeyRequest.of(bed.caller(bed.alice), "alias/orders")))
        .isInstanceOf(InvalidArnException.class)
        .hasMessage("Key Aliases are not supported for this operation.");
  }

  @Test
  void bareKeyIdOfAnotherAccount_resolvesInCallersAccount() {
    KeyMetadata key = bed.newKey();
    assertThatThrownBy(() -> bed.encrypt(bed.carol, key.keyId(), "x", EncryptionContext.empty()))
        .isInstanceOf(NotFoundException.class)
        .hasMessage(
            "Key 'arn:aws:kms:us-west-2:"
                + KmsTestbed.OTHER_ACCOUNT
                + ":key/"
                + key.keyId()
                + "' does not exist");
  }

  @Test
  void failedResolution_isRecordedInTheTrail() {
    try {
      describe("fake-key-id");
    } catch (NotFoundException expected) {
      // recorded below
    }
    var event = bed.lastEvent("DescribeKey");
    assertThat(event.errorCode()).contains("NotFoundException");
    assertThat(event.errorMessage()).contains("Invalid keyId 'fake-key-id'");
    assertThat(event.requestParameters().orElseThrow().get("keyId").asText())
        .isEqualTo("fake-key-id");
  }
}
