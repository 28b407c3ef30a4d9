package io.atrest.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.AliasListEntry;
import software.amazon.awssdk.services.kms.model.IncludeKeyMaterial;
import software.amazon.awssdk.services.kms.model.KeyMaterialState;
import software.amazon.awssdk.services.kms.model.KmsException;
import software.amazon.awssdk.services.kms.model.RotationType;
import software.amazon.awssdk.services.kms.model.RotationsListEntry;

/**
 * ListAliases with the predefined AWS aliases, ListKeyRotations with IncludeKeyMaterial and
 * ListRetirableGrants' refusals, as the AWS SDK reads them off the wire.
 */
class KmsListingWireTest {

  @TempDir Path dir;
  private ServerFixture fixture;
  private KmsClient kms;

  @BeforeEach
  void start() {
    fixture = new ServerFixture(dir);
    kms = fixture.kms();
  }

  @AfterEach
  void stop() {
    kms.close();
    fixture.close();
  }

  private static String errorCode(Throwable e) {
    return ((KmsException) e).awsErrorDetails().errorCode();
  }

  @Test
  void listAliases_showsPredefinedAwsAliasesWithoutTargetKeyIdOrDates() {
    AliasListEntry ebs =
        kms.listAliasesPaginator().aliases().stream()
            .filter(a -> a.aliasName().equals("alias/aws/ebs"))
            .findFirst()
            .orElseThrow();

    assertThat(ebs.aliasArn()).isEqualTo("arn:aws:kms:us-west-2:111122223333:alias/aws/ebs");
    assertThat(ebs.targetKeyId()).isNull();
    assertThat(ebs.creationDate()).isNull();
    assertThat(ebs.lastUpdatedDate()).isNull();
  }

  @Test
  void listKeyRotations_allKeyMaterial_listsTheFirstMaterialWithoutRotationFields() {
    String keyId = kms.createKey(r -> r.description("rotating")).keyMetadata().keyId();
    kms.rotateKeyOnDemand(r -> r.keyId(keyId));

    List<RotationsListEntry> all =
        kms.listKeyRotations(
                r -> r.keyId(keyId).includeKeyMaterial(IncludeKeyMaterial.ALL_KEY_MATERIAL))
            .rotations();

    assertThat(all).hasSize(2);
    assertThat(all.get(0).rotationDate()).isNull();
    assertThat(all.get(0).rotationType()).isNull();
    assertThat(all.get(0).keyMaterialState()).isEqualTo(KeyMaterialState.NON_CURRENT);
    assertThat(all.get(0).importState()).isNull();
    assertThat(all.get(1).rotationType()).isEqualTo(RotationType.ON_DEMAND);
    assertThat(all.get(1).keyMaterialState()).isEqualTo(KeyMaterialState.CURRENT);
    assertThat(all.get(1).keyMaterialId()).hasSize(64);
  }

  @Test
  void listKeyRotations_unknownIncludeKeyMaterial_isValidationException() {
    String keyId = kms.createKey(r -> r.description("rotating")).keyMetadata().keyId();

    assertThatThrownBy(
            () -> kms.listKeyRotations(r -> r.keyId(keyId).includeKeyMaterial("EVERYTHING")))
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"));
  }

  @Test
  void listRetirableGrants_servicePrincipalName_isInvalidArnException() {
    assertThatThrownBy(
            () ->
                kms.listRetirableGrants(
                    r -> r.retiringPrincipal("dynamodb.us-west-2.amazonaws.com")))
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("InvalidArnException"));
  }

  @Test
  void listRetirableGrants_principalOfAnotherAccount_isAccessDeniedException() {
    assertThatThrownBy(
            () ->
                kms.listRetirableGrants(
                    r -> r.retiringPrincipal("arn:aws:iam::444455556666:user/carol")))
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("AccessDeniedException"));
  }
}
