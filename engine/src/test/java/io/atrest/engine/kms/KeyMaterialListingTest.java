package io.atrest.engine.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.api.CreateKeyRequest;
import io.atrest.engine.kms.api.DeleteImportedKeyMaterialRequest;
import io.atrest.engine.kms.api.GetParametersForImportRequest;
import io.atrest.engine.kms.api.GetParametersForImportResult;
import io.atrest.engine.kms.api.ImportKeyMaterialRequest;
import io.atrest.engine.kms.api.ListKeyRotationsRequest;
import io.atrest.engine.kms.api.ListKeyRotationsResult;
import io.atrest.engine.kms.api.PageRequest;
import io.atrest.engine.kms.api.RotateKeyOnDemandRequest;
import io.atrest.engine.kms.api.RotationListEntry;
import io.atrest.engine.kms.error.UnsupportedOperationException;
import io.atrest.engine.kms.error.ValidationException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.junit.jupiter.api.Test;

/** ListKeyRotations with IncludeKeyMaterial, and the key material fields of its entries. */
class KeyMaterialListingTest {

  private final KmsTestbed bed = new KmsTestbed();
  private final Caller alice = bed.caller(bed.alice);
  private final KeyMetadata key = bed.newKey();
  private final String firstMaterial = key.currentKeyMaterialId().orElseThrow();

  private List<RotationListEntry> list(String keyId, String include) {
    ListKeyRotationsRequest request = ListKeyRotationsRequest.of(alice, keyId);
    return bed.kms
        .listKeyRotations(include == null ? request : request.withIncludeKeyMaterial(include))
        .rotations();
  }

  private void rotateOnDemand(int times) {
    for (int i = 0; i < times; i++) {
      bed.clock.advance(Duration.ofDays(1));
      bed.kms.rotateKeyOnDemand(RotateKeyOnDemandRequest.of(alice, key.keyId()));
    }
  }

  @Test
  void byDefault_onlyRotationsAreListed_eachWithItsKeyMaterialState() {
    rotateOnDemand(2);

    List<RotationListEntry> rotations = list(key.keyId(), null);

    assertThat(rotations)
        .extracting(RotationListEntry::keyMaterialId)
        .doesNotContain(firstMaterial);
    assertThat(rotations)
        .extracting(RotationListEntry::keyMaterialState)
        .containsExactly(KeyMaterialState.NON_CURRENT, KeyMaterialState.CURRENT);
    assertThat(rotations).allSatisfy(r -> assertThat(r.importState()).isEmpty());
  }

  @Test
  void rotationsOnly_isTheDefault() {
    rotateOnDemand(1);

    assertThat(list(key.keyId(), "ROTATIONS_ONLY")).isEqualTo(list(key.keyId(), null));
  }

  @Test
  void allKeyMaterial_addsTheFirstMaterialFirst_withoutRotationDateOrType() {
    rotateOnDemand(1);

    List<RotationListEntry> all = list(key.keyId(), "ALL_KEY_MATERIAL");

    assertThat(all).hasSize(2);
    RotationListEntry first = all.get(0);
    assertThat(first.keyMaterialId()).isEqualTo(firstMaterial);
    assertThat(first.keyId()).isEqualTo(key.arn());
    assertThat(first.rotationDate()).isEmpty();
    assertThat(first.rotationType()).isEmpty();
    assertThat(first.keyMaterialState()).isEqualTo(KeyMaterialState.NON_CURRENT);
    assertThat(all.get(1).rotationType()).contains(RotationType.ON_DEMAND);
    assertThat(all.get(1).keyMaterialState()).isEqualTo(KeyMaterialState.CURRENT);
  }

  @Test
  void rotationInTheSameInstantAsCreation_stillListsAfterTheFirstMaterial() {
    for (int i = 0; i < 5; i++) {
      bed.kms.rotateKeyOnDemand(RotateKeyOnDemandRequest.of(alice, key.keyId()));
    }

    List<RotationListEntry> all = list(key.keyId(), "ALL_KEY_MATERIAL");

    assertThat(all.get(0).keyMaterialId()).isEqualTo(firstMaterial);
    assertThat(all)
        .extracting(RotationListEntry::keyMaterialState)
        .containsExactly(
            KeyMaterialState.NON_CURRENT,
            KeyMaterialState.NON_CURRENT,
            KeyMaterialState.NON_CURRENT,
            KeyMaterialState.NON_CURRENT,
            KeyMaterialState.NON_CURRENT,
            KeyMaterialState.CURRENT);
  }

  @Test
  void allKeyMaterialOfANeverRotatedKey_isItsCurrentFirstMaterial() {
    assertThat(list(key.keyId(), "ALL_KEY_MATERIAL"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.keyMaterialId()).isEqualTo(firstMaterial);
              assertThat(e.keyMaterialState()).isEqualTo(KeyMaterialState.CURRENT);
            });
  }

  @Test
  void allKeyMaterial_pagesFromTheFirstMaterial() {
    rotateOnDemand(2);
    ListKeyRotationsRequest request =
        ListKeyRotationsRequest.of(alice, key.keyId())
            .withIncludeKeyMaterial("ALL_KEY_MATERIAL")
            .withPage(PageRequest.limit(2));

    ListKeyRotationsResult first = bed.kms.listKeyRotations(request);
    ListKeyRotationsResult second =
        bed.kms.listKeyRotations(
            request.withPage(request.page().after(first.nextMarker().orElseThrow())));

    assertThat(first.rotations().get(0).keyMaterialId()).isEqualTo(firstMaterial);
    assertThat(second.rotations())
        .singleElement()
        .satisfies(e -> assertThat(e.keyMaterialState()).isEqualTo(KeyMaterialState.CURRENT));
    assertThat(second.truncated()).isFalse();
  }

  @Test
  void unknownIncludeKeyMaterial_isAValidationError() {
    assertThatThrownBy(() -> list(key.keyId(), "EVERYTHING"))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "1 validation error detected: Value 'EVERYTHING' at 'includeKeyMaterial' failed to"
                + " satisfy constraint: Member must satisfy enum value set:"
                + " [ALL_KEY_MATERIAL, ROTATIONS_ONLY]");
  }

  @Test
  void unknownIncludeKeyMaterialAndBadLimit_areReportedTogether() {
    ListKeyRotationsRequest request =
        ListKeyRotationsRequest.of(alice, key.keyId())
            .withIncludeKeyMaterial("all")
            .withPage(PageRequest.limit(0));

    assertThatThrownBy(() -> bed.kms.listKeyRotations(request))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith(
            "2 validation errors detected: Value 'all' at 'includeKeyMaterial'");
  }

  @Test
  void includeKeyMaterialOnAKeyThatCannotRotate_isUnsupported() {
    KeyMetadata signing =
        bed.kms
            .createKey(
                CreateKeyRequest.symmetric(alice).withSpec(KeySpec.RSA_2048, KeyUsage.SIGN_VERIFY))
            .keyMetadata();

    assertThatThrownBy(() -> list(signing.keyId(), "ROTATIONS_ONLY"))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageStartingWith(signing.arn() + " key spec is RSA_2048");
  }

  @Test
  void trailRecordsIncludeKeyMaterial() {
    list(key.keyId(), "ALL_KEY_MATERIAL");

    assertThat(
            bed.lastEvent("ListKeyRotations")
                .requestParameters()
                .orElseThrow()
                .get("includeKeyMaterial")
                .asText())
        .isEqualTo("ALL_KEY_MATERIAL");
  }

  /** Keys with imported material (origin EXTERNAL). */
  private KeyMetadata externalKey() {
    return bed.kms
        .createKey(CreateKeyRequest.symmetric(alice).withOrigin(Origin.EXTERNAL))
        .keyMetadata();
  }

  private void importMaterial(KeyMetadata external, Instant validTo) throws Exception {
    byte[] secret = new byte[32];
    bed.random.nextBytes(secret);
    GetParametersForImportResult p =
        bed.kms.getParametersForImport(
            new GetParametersForImportRequest(
                alice, external.keyId(), "RSAES_OAEP_SHA_256", "RSA_2048"));
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
            alice,
            external.keyId(),
            p.importToken(),
            cipher.doFinal(secret),
            Optional.ofNullable(validTo),
            validTo == null ? "KEY_MATERIAL_DOES_NOT_EXPIRE" : "KEY_MATERIAL_EXPIRES"));
  }

  @Test
  void importedMaterialThatExpires_isListedAsImportedCurrentWithItsValidTo() throws Exception {
    KeyMetadata external = externalKey();
    Instant validTo = KmsTestbed.START.plus(Duration.ofDays(30));
    importMaterial(external, validTo);

    assertThat(list(external.keyId(), "ALL_KEY_MATERIAL"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.importState()).contains(ImportState.IMPORTED);
              assertThat(e.keyMaterialState()).isEqualTo(KeyMaterialState.CURRENT);
              assertThat(e.expirationModel()).contains(ExpirationModel.KEY_MATERIAL_EXPIRES);
              assertThat(e.validTo()).contains(validTo);
              assertThat(e.rotationDate()).isEmpty();
            });
  }

  @Test
  void importedMaterialThatDoesNotExpire_hasNoValidTo() throws Exception {
    KeyMetadata external = externalKey();
    importMaterial(external, null);

    assertThat(list(external.keyId(), "ALL_KEY_MATERIAL"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.expirationModel())
                  .contains(ExpirationModel.KEY_MATERIAL_DOES_NOT_EXPIRE);
              assertThat(e.validTo()).isEmpty();
            });
  }

  @Test
  void importedMaterial_isNoRotation() throws Exception {
    KeyMetadata external = externalKey();
    importMaterial(external, null);

    assertThat(list(external.keyId(), null)).isEmpty();
  }

  @Test
  void keyWhoseMaterialWasNeverImported_hasNoKeyMaterialToList() {
    assertThat(list(externalKey().keyId(), "ALL_KEY_MATERIAL")).isEmpty();
  }

  @Test
  void deletedImportedMaterial_staysListedAsPendingImportWithItsExpirationModel() throws Exception {
    KeyMetadata external = externalKey();
    importMaterial(external, null);
    bed.kms.deleteImportedKeyMaterial(DeleteImportedKeyMaterialRequest.of(alice, external.keyId()));

    assertThat(list(external.keyId(), "ALL_KEY_MATERIAL"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.importState()).contains(ImportState.PENDING_IMPORT);
              assertThat(e.keyMaterialState()).isEqualTo(KeyMaterialState.CURRENT);
              assertThat(e.expirationModel())
                  .contains(ExpirationModel.KEY_MATERIAL_DOES_NOT_EXPIRE);
            });
  }
}
