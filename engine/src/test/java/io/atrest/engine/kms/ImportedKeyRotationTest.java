package io.atrest.engine.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.api.CreateKeyRequest;
import io.atrest.engine.kms.api.DeleteImportedKeyMaterialRequest;
import io.atrest.engine.kms.api.DescribeKeyRequest;
import io.atrest.engine.kms.api.GetParametersForImportRequest;
import io.atrest.engine.kms.api.GetParametersForImportResult;
import io.atrest.engine.kms.api.ImportKeyMaterialRequest;
import io.atrest.engine.kms.api.ListKeyRotationsRequest;
import io.atrest.engine.kms.api.RotateKeyOnDemandRequest;
import io.atrest.engine.kms.api.RotationListEntry;
import io.atrest.engine.kms.error.IncorrectKeyMaterialException;
import io.atrest.engine.kms.error.KmsInvalidStateException;
import io.atrest.engine.kms.error.NotFoundException;
import io.atrest.engine.kms.error.ValidationException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.junit.jupiter.api.Test;

/** On-demand rotation of a symmetric key with imported material (origin EXTERNAL). */
class ImportedKeyRotationTest {

  private final KmsTestbed bed = new KmsTestbed();
  private final Caller alice = bed.caller(bed.alice);
  private final KeyMetadata key =
      bed.kms
          .createKey(CreateKeyRequest.symmetric(alice).withOrigin(Origin.EXTERNAL))
          .keyMetadata();
  private final byte[] first = secret();
  private final byte[] second = secret();

  private byte[] secret() {
    byte[] s = new byte[32];
    bed.random.nextBytes(s);
    return s;
  }

  private String importMaterial(
      byte[] secret, Instant validTo, UnaryOperator<ImportKeyMaterialRequest> options)
      throws Exception {
    GetParametersForImportResult p =
        bed.kms.getParametersForImport(
            new GetParametersForImportRequest(
                alice, key.keyId(), "RSAES_OAEP_SHA_256", "RSA_2048"));
    PublicKey rsa =
        KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(p.publicKey()));
    Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
    cipher.init(
        Cipher.ENCRYPT_MODE,
        rsa,
        new OAEPParameterSpec(
            "SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT));
    ImportKeyMaterialRequest request =
        new ImportKeyMaterialRequest(
            alice,
            key.keyId(),
            p.importToken(),
            cipher.doFinal(secret),
            Optional.ofNullable(validTo),
            validTo == null ? "KEY_MATERIAL_DOES_NOT_EXPIRE" : "KEY_MATERIAL_EXPIRES");
    return bed.kms.importKeyMaterial(options.apply(request)).keyMaterialId();
  }

  private String importMaterial(byte[] secret) throws Exception {
    return importMaterial(secret, null, UnaryOperator.identity());
  }

  private String importNew(byte[] secret) throws Exception {
    return importMaterial(secret, null, r -> r.withImportType("NEW_KEY_MATERIAL"));
  }

  private void rotate() {
    bed.kms.rotateKeyOnDemand(RotateKeyOnDemandRequest.of(alice, key.keyId()));
  }

  private List<RotationListEntry> all() {
    return bed.kms
        .listKeyRotations(
            ListKeyRotationsRequest.of(alice, key.keyId())
                .withIncludeKeyMaterial("ALL_KEY_MATERIAL"))
        .rotations();
  }

  private KeyMetadata describe() {
    return bed.kms.describeKey(DescribeKeyRequest.of(alice, key.keyId())).keyMetadata();
  }

  private byte[] encrypt(String text) {
    return bed.encrypt(bed.alice, key.keyId(), text, EncryptionContext.empty()).ciphertextBlob();
  }

  private String decrypt(byte[] blob) {
    return bed.decrypt(bed.alice, blob, EncryptionContext.empty());
  }

  @Test
  void newMaterial_waitsPendingRotationWhileTheFirstStaysCurrent() throws Exception {
    String firstId = importMaterial(first);
    String secondId = importNew(second);

    assertThat(all())
        .extracting(RotationListEntry::keyMaterialId, RotationListEntry::keyMaterialState)
        .containsExactly(
            tuple(firstId, KeyMaterialState.CURRENT),
            tuple(secondId, KeyMaterialState.PENDING_ROTATION));
    assertThat(describe().currentKeyMaterialId()).contains(firstId);
  }

  @Test
  void rotateOnDemand_makesThePendingMaterialCurrent() throws Exception {
    String firstId = importMaterial(first);
    String secondId = importNew(second);
    rotate();

    assertThat(describe().currentKeyMaterialId()).contains(secondId);
    assertThat(all())
        .extracting(RotationListEntry::keyMaterialId, RotationListEntry::keyMaterialState)
        .containsExactly(
            tuple(firstId, KeyMaterialState.NON_CURRENT),
            tuple(secondId, KeyMaterialState.CURRENT));
    assertThat(all().get(1).rotationType()).contains(RotationType.ON_DEMAND);
    assertThat(all().get(1).rotationDate()).contains(bed.clock.instant());
  }

  @Test
  void afterRotation_newCiphertextsUseTheNewMaterialAndOldOnesStillDecrypt() throws Exception {
    importMaterial(first);
    byte[] old = encrypt("old");
    String secondId = importNew(second);
    rotate();

    assertThat(decrypt(old)).isEqualTo("old");
    assertThat(decrypt(encrypt("new"))).isEqualTo("new");
    assertThat(bed.lastEvent("Encrypt").additionalEventData().orElseThrow().toString())
        .contains(secondId);
  }

  @Test
  void rotateWithoutPendingMaterial_isInvalidState() throws Exception {
    importMaterial(first);
    assertThatThrownBy(this::rotate)
        .isInstanceOf(KmsInvalidStateException.class)
        .hasMessage("No available key material pending rotation for the key: " + key.arn() + ".");
  }

  @Test
  void secondNewMaterialWhileOneIsPending_isInvalidState() throws Exception {
    importMaterial(first);
    String pendingId = importNew(second);
    assertThatThrownBy(() -> importNew(secret()))
        .isInstanceOf(KmsInvalidStateException.class)
        .hasMessageStartingWith("New key material (id: ")
        .hasMessageEndingWith(
            ") cannot be imported into KMS key "
                + key.keyId()
                + ", because another key material (id: "
                + pendingId
                + ") is pending rotation.");
  }

  @Test
  void importWithoutTypeAfterTheFirst_defaultsToExistingAndRefusesOtherMaterial() throws Exception {
    importMaterial(first);
    assertThatThrownBy(() -> importMaterial(second))
        .isInstanceOf(IncorrectKeyMaterialException.class);
  }

  @Test
  void existingImportWithAnotherMaterialsId_isIncorrectKeyMaterial() throws Exception {
    importMaterial(first);
    String secondId = importNew(second);
    assertThatThrownBy(
            () ->
                importMaterial(
                    first,
                    null,
                    r -> r.withImportType("EXISTING_KEY_MATERIAL").withKeyMaterialId(secondId)))
        .isInstanceOf(IncorrectKeyMaterialException.class);
  }

  @Test
  void keyMaterialIdWithNewImportType_isValidationError() throws Exception {
    String firstId = importMaterial(first);
    assertThatThrownBy(
            () ->
                importMaterial(
                    second,
                    null,
                    r -> r.withImportType("NEW_KEY_MATERIAL").withKeyMaterialId(firstId)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("KeyMaterialId `" + firstId + "`");
  }

  @Test
  void unknownImportType_isValidationError() {
    assertThatThrownBy(() -> importMaterial(first, null, r -> r.withImportType("FRESH")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("'FRESH' at 'importType'");
  }

  @Test
  void deletingPendingMaterial_leavesTheKeyEnabledAndFreesTheSlot() throws Exception {
    importMaterial(first);
    String pendingId = importNew(second);
    bed.kms.deleteImportedKeyMaterial(
        DeleteImportedKeyMaterialRequest.of(alice, key.keyId(), pendingId));

    assertThat(describe().keyState()).isEqualTo(KeyState.ENABLED);
    assertThat(all()).extracting(RotationListEntry::keyMaterialId).doesNotContain(pendingId);
    assertThat(importNew(secret())).isNotEqualTo(pendingId);
  }

  @Test
  void deletingANonCurrentMaterial_makesTheKeyPendingImport() throws Exception {
    String firstId = importMaterial(first);
    importNew(second);
    rotate();
    bed.kms.deleteImportedKeyMaterial(
        DeleteImportedKeyMaterialRequest.of(alice, key.keyId(), firstId));

    assertThat(describe().keyState()).isEqualTo(KeyState.PENDING_IMPORT);
    assertThat(all().get(0).importState()).contains(ImportState.PENDING_IMPORT);
    assertThat(all().get(1).importState()).contains(ImportState.IMPORTED);
  }

  @Test
  void reimportingTheDeletedMaterialById_enablesTheKeyAndItsCiphertextsDecrypt() throws Exception {
    String firstId = importMaterial(first);
    byte[] old = encrypt("old");
    importNew(second);
    rotate();
    bed.kms.deleteImportedKeyMaterial(
        DeleteImportedKeyMaterialRequest.of(alice, key.keyId(), firstId));
    importMaterial(
        first, null, r -> r.withImportType("EXISTING_KEY_MATERIAL").withKeyMaterialId(firstId));

    assertThat(describe().keyState()).isEqualTo(KeyState.ENABLED);
    assertThat(decrypt(old)).isEqualTo("old");
  }

  @Test
  void keyStaysPendingImportUntilEveryDeletedMaterialIsBack() throws Exception {
    String firstId = importMaterial(first);
    String secondId = importNew(second);
    rotate();
    bed.kms.deleteImportedKeyMaterial(
        DeleteImportedKeyMaterialRequest.of(alice, key.keyId(), firstId));
    bed.kms.deleteImportedKeyMaterial(DeleteImportedKeyMaterialRequest.of(alice, key.keyId()));
    importMaterial(second);

    assertThat(describe().keyState()).isEqualTo(KeyState.PENDING_IMPORT);
    assertThat(all()).extracting(RotationListEntry::keyMaterialId).contains(secondId);
  }

  @Test
  void deleteWithoutId_deletesTheCurrentMaterial() throws Exception {
    importMaterial(first);
    String secondId = importNew(second);
    rotate();

    String deleted =
        bed.kms
            .deleteImportedKeyMaterial(DeleteImportedKeyMaterialRequest.of(alice, key.keyId()))
            .keyMaterialId();

    assertThat(deleted).isEqualTo(secondId);
    assertThat(all().get(1).importState()).contains(ImportState.PENDING_IMPORT);
  }

  @Test
  void deletingAnUnknownMaterialId_isNotFound() throws Exception {
    importMaterial(first);
    String unknown = "0".repeat(64);
    assertThatThrownBy(
            () ->
                bed.kms.deleteImportedKeyMaterial(
                    DeleteImportedKeyMaterialRequest.of(alice, key.keyId(), unknown)))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining(unknown);
  }

  @Test
  void expiryOfPendingMaterial_removesItWithoutChangingTheKeyState() throws Exception {
    importMaterial(first);
    String pendingId =
        importMaterial(
            second,
            KmsTestbed.START.plus(Duration.ofDays(1)),
            r -> r.withImportType("NEW_KEY_MATERIAL"));
    bed.clock.advance(Duration.ofDays(2));

    assertThat(describe().keyState()).isEqualTo(KeyState.ENABLED);
    assertThat(all()).extracting(RotationListEntry::keyMaterialId).doesNotContain(pendingId);
    assertThat(bed.lastEvent("DeleteExpiredKeyMaterial").eventTime())
        .isEqualTo(KmsTestbed.START.plus(Duration.ofDays(1)));
  }

  @Test
  void expiryOfANonCurrentMaterial_makesTheKeyPendingImport() throws Exception {
    importMaterial(first, KmsTestbed.START.plus(Duration.ofDays(5)), UnaryOperator.identity());
    importNew(second);
    rotate();
    bed.clock.advance(Duration.ofDays(6));

    assertThat(describe().keyState()).isEqualTo(KeyState.PENDING_IMPORT);
    assertThat(all().get(0).importState()).contains(ImportState.PENDING_IMPORT);
    assertThat(all().get(0).expirationModel()).contains(ExpirationModel.KEY_MATERIAL_EXPIRES);
  }

  @Test
  void rotatedInMaterial_givesTheKeyItsExpiry() throws Exception {
    importMaterial(first);
    Instant validTo = KmsTestbed.START.plus(Duration.ofDays(30));
    importMaterial(second, validTo, r -> r.withImportType("NEW_KEY_MATERIAL"));
    rotate();

    assertThat(describe().validTo()).contains(validTo);
    assertThat(describe().expirationModel()).contains("KEY_MATERIAL_EXPIRES");
  }

  @Test
  void description_isListedWithTheMaterial() throws Exception {
    importMaterial(first);
    importMaterial(
        second,
        null,
        r -> r.withImportType("NEW_KEY_MATERIAL").withKeyMaterialDescription("batch 2"));

    assertThat(all().get(1).keyMaterialDescription()).contains("batch 2");
    assertThat(all().get(0).keyMaterialDescription()).isEmpty();
  }

  @Test
  void descriptionOutsideThePattern_isValidationError() {
    assertThatThrownBy(
            () -> importMaterial(first, null, r -> r.withKeyMaterialDescription("no*stars")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("keyMaterialDescription");
  }

  @Test
  void importRecordsTypeAndDescriptionAndAnswersTheMaterialIdInTheTrail() throws Exception {
    importMaterial(first);
    String secondId =
        importMaterial(
            second,
            null,
            r -> r.withImportType("NEW_KEY_MATERIAL").withKeyMaterialDescription("b2"));

    var event = bed.lastEvent("ImportKeyMaterial");
    var params = event.requestParameters().orElseThrow();
    assertThat(params.get("importType").asText()).isEqualTo("NEW_KEY_MATERIAL");
    assertThat(params.get("keyMaterialDescription").asText()).isEqualTo("b2");
    var response = event.responseElements().orElseThrow();
    assertThat(response.get("keyId").asText()).isEqualTo(key.arn());
    assertThat(response.get("keyMaterialId").asText()).isEqualTo(secondId);
  }

  @Test
  void deleteRecordsTheKeyMaterialIdInTheTrail() throws Exception {
    String firstId = importMaterial(first);
    bed.kms.deleteImportedKeyMaterial(
        DeleteImportedKeyMaterialRequest.of(alice, key.keyId(), firstId));

    var event = bed.lastEvent("DeleteImportedKeyMaterial");
    assertThat(event.requestParameters().orElseThrow().get("keyMaterialId").asText())
        .isEqualTo(firstId);
  }

  @Test
  void rotationOfAPendingImportKey_isRefused() throws Exception {
    importMaterial(first);
    importNew(second);
    bed.kms.deleteImportedKeyMaterial(DeleteImportedKeyMaterialRequest.of(alice, key.keyId()));
    assertThatThrownBy(this::rotate)
        .isInstanceOf(KmsInvalidStateException.class)
        .hasMessage(key.arn() + " is pending import.");
  }
}
