package io.atrest.engine.kms;

import static io.atrest.engine.kms.KmsTestbed.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.kms.api.CreateAliasRequest;
import io.atrest.engine.kms.api.CreateGrantRequest;
import io.atrest.engine.kms.api.CreateKeyRequest;
import io.atrest.engine.kms.api.DisableKeyRotationRequest;
import io.atrest.engine.kms.api.GenerateRandomRequest;
import io.atrest.engine.kms.api.RetireGrantRequest;
import io.atrest.engine.kms.api.RevokeGrantRequest;
import io.atrest.engine.kms.api.UpdateAliasRequest;
import io.atrest.engine.kms.api.UpdateKeyDescriptionRequest;
import io.atrest.engine.kms.error.InvalidArnException;
import io.atrest.engine.kms.error.InvalidGrantIdException;
import io.atrest.engine.kms.error.InvalidGrantTokenException;
import io.atrest.engine.kms.error.NotFoundException;
import io.atrest.engine.kms.error.UnsupportedOperationException;
import io.atrest.engine.kms.error.ValidationException;
import io.atrest.engine.kms.grant.GrantOperation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The validation branches not covered by the per-concern tests, one negative test each. */
class ValidationBranchesTest {

  private final KmsTestbed bed = new KmsTestbed();
  private final KeyMetadata key = bed.newKey();

  @Test
  void retireWithoutTokenOrIds_fails() {
    assertThatThrownBy(
            () ->
                bed.kms.retireGrant(
                    new RetireGrantRequest(
                        bed.caller(bed.alice),
                        Optional.empty(),
                        Optional.of(key.arn()),
                        Optional.empty(),
                        false)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("GrantToken");
  }

  @Test
  void retireWithUnknownToken_isInvalidToken() {
    assertThatThrownBy(
            () -> bed.kms.retireGrant(RetireGrantRequest.byToken(bed.caller(bed.alice), "AAAA")))
        .isInstanceOf(InvalidGrantTokenException.class)
        .hasMessageContaining("AAAA");
  }

  @Test
  void malformedGrantId_isInvalidGrantId() {
    assertThatThrownBy(
            () ->
                bed.kms.revokeGrant(
                    RevokeGrantRequest.of(bed.caller(bed.alice), key.keyId(), "xyz")))
        .isInstanceOf(InvalidGrantIdException.class)
        .hasMessageContaining("`xyz`");
  }

  @Test
  void unknownGrantId_isNotFound() {
    String id = "0".repeat(64);
    assertThatThrownBy(
            () ->
                bed.kms.revokeGrant(RevokeGrantRequest.of(bed.caller(bed.alice), key.keyId(), id)))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining(id);
  }

  @Test
  void granteeThatIsNoPrincipal_isInvalidArn() {
    assertThatThrownBy(
            () ->
                bed.kms.createGrant(
                    CreateGrantRequest.of(
                        bed.caller(bed.alice),
                        key.keyId(),
                        "bob",
                        List.of(GrantOperation.Decrypt))))
        .isInstanceOf(InvalidArnException.class)
        .hasMessageContaining("`bob`");
  }

  @Test
  void aliasWithSpace_failsThePattern() {
    assertThatThrownBy(
            () ->
                bed.kms.createAlias(
                    new CreateAliasRequest(bed.caller(bed.alice), "alias/bad name", key.keyId())))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("'alias/bad name'");
  }

  @Test
  void updateUnknownAlias_isNotFound() {
    assertThatThrownBy(
            () ->
                bed.kms.updateAlias(
                    new UpdateAliasRequest(bed.caller(bed.alice), "alias/none", key.keyId())))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("Alias arn:aws:kms:us-west-2:" + ACCOUNT + ":alias/none is not found.");
  }

  @Test
  void updateDescriptionOver8192_fails() {
    assertThatThrownBy(
            () ->
                bed.kms.updateKeyDescription(
                    new UpdateKeyDescriptionRequest(
                        bed.caller(bed.alice), key.keyId(), "d".repeat(8193))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("8192");
  }

  @Test
  void disableRotationOfHmacKey_isUnsupported() {
    KeyMetadata hmac =
        bed.kms
            .createKey(
                CreateKeyRequest.symmetric(bed.caller(bed.alice))
                    .withSpec(KeySpec.HMAC_256, KeyUsage.GENERATE_VERIFY_MAC))
            .keyMetadata();
    assertThatThrownBy(
            () ->
                bed.kms.disableKeyRotation(
                    DisableKeyRotationRequest.of(bed.caller(bed.alice), hmac.keyId())))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void generateRandomOver1024_fails() {
    assertThatThrownBy(
            () -> bed.kms.generateRandom(new GenerateRandomRequest(bed.caller(bed.alice), 1025)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("less than or equal to 1024");
  }

  @Test
  void createAliasByServicePrincipal_isAUsageError() {
    assertThatThrownBy(
            () ->
                bed.kms.createAlias(
                    new CreateAliasRequest(
                        io.atrest.engine.identity.Caller.service("dynamodb"),
                        "alias/x",
                        key.arn())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no account");
  }
}
