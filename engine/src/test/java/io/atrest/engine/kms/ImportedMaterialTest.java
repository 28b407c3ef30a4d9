package io.atrest.engine.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.kms.api.CreateKeyRequest;
import io.atrest.engine.kms.api.DeleteImportedKeyMaterialRequest;
import io.atrest.engine.kms.api.DescribeKeyRequest;
import io.atrest.engine.kms.api.GetParametersForImportRequest;
import io.atrest.engine.kms.api.GetParametersForImportResult;
import io.atrest.engine.kms.api.ImportKeyMaterialRequest;
import io.atrest.engine.kms.error.ExpiredImportTokenException;
import io.atrest.engine.kms.error.IncorrectKeyMaterialException;
import io.atrest.engine.kms.error.InvalidImportTokenException;
import io.atrest.engine.kms.error.KmsInvalidStateException;
import io.atrest.engine.kms.error.UnsupportedOperationException;
import io.atrest.engine.kms.error.ValidationException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.junit.jupiter.api.Test;

class ImportedMaterialTest {

  private final KmsTestbed bed = new KmsTestbed();
  private final KeyMetadata key =
      bed.kms
          .createKey(CreateKeyRequest.symmetric(bed.caller(bed.alice)).withOrigin(Origin.EXTERNAL))
          .keyMetadata();
  private final byte[] material = new byte[32];

  ImportedMaterialTest() {
    bed.random.nextBytes(material);
  }

  private GetParametersForImportResult parameters(String keyId) {
    return bed.kms.getParametersForImport(
        new GetParametersForImportRequest(
            bed.caller(bed.alice), keyId, "RSAES_OAEP_SHA_256", "RSA_2048"));
  }

  private static byte[] wrap(byte[] publicKey, byte[] secret) throws Exception {
    PublicKey rsa = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(publicKey));
    Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
    cipher.init(
        Cipher.ENCRYPT_MODE,
        rsa,
        new OAEPParameterSpec(
            "SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT));
    return cipher.doFinal(secret);
  }

  private void importMaterial(byte[] secret, Instant validTo) throws Exception {
    GetParametersForImportResult p = parameters(key.keyId());
    bed.kms.importKeyMaterial(
        new ImportKeyMaterialRequest(
            bed.caller(bed.alice),
            key.keyId(),
            p.importToken(),
            wrap(p.publicKey(), secret),
            Optional.ofNullable(validTo),
            validTo == null ? "KEY_MATERIAL_DOES_NOT_EXPIRE" : "KEY_MATERIAL_EXPIRES"));
  }

  private KeyMetadata describe() {
    return bed.kms
        .describeKey(DescribeKeyRequest.of(bed.caller(bed.alice), key.keyId()))
        .keyMetadata();
  }

  @Test
  void encryptBeforeImport_isPendingImport() {
    assertThatThrownBy(() -> bed.encrypt(bed.alice, key.keyId(), "x", EncryptionContext.empty()))
        .isInstanceOf(KmsInvalidStateException.class)
        .hasMessage(key.arn() + " is pending import.");
  }

  @Test
  void importedMaterial_enablesTheKeyAndEncrypts() throws Exception {
    importMaterial(material, null);
    assertThat(describe().keyState()).isEqualTo(KeyState.ENABLED);
    assertThat(describe().expirationModel()).contains("KEY_MATERIAL_DOES_NOT_EXPIRE");
    byte[] blob =
        bed.encrypt(bed.alice, key.keyId(), "x", EncryptionContext.empty()).ciphertextBlob();
    assertThat(bed.decrypt(bed.alice, blob, EncryptionContext.empty())).isEqualTo("x");
  }

  @Test
  void parametersForAwsKmsKey_areUnsupported() {
    KeyMetadata kmsKey = bed.newKey();
    assertThatThrownBy(() -> parameters(kmsKey.keyId()))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessage(kmsKey.arn() + " origin is AWS_KMS which is not valid for this operation.");
  }

  @Test
  void expiredMaterial_returnsKeyToPendingImportWithServiceEvent() throws Exception {
    importMaterial(material, KmsTestbed.START.plus(Duration.ofDays(2)));
    bed.clock.advance(Duration.ofDays(3));
    assertThat(describe().keyState()).isEqualTo(KeyState.PENDING_IMPORT);
    var event = bed.lastEvent("DeleteExpiredKeyMaterial");
    assertThat(event.eventTime()).isEqualTo(KmsTestbed.START.plus(Duration.ofDays(2)));
    assertThat(event.serviceEventDetails().orElseThrow().get("keyId").asText())
        .isEqualTo(key.keyId());
  }

  @Test
  void reimportOfTheSameMaterial_decryptsOldCiphertexts() throws Exception {
    importMaterial(material, null);
    byte[] blob =
        bed.encrypt(bed.alice, key.keyId(), "kept", EncryptionContext.empty()).ciphertextBlob();
    bed.kms.deleteImportedKeyMaterial(
        DeleteImportedKeyMaterialRequest.of(bed.caller(bed.alice), key.keyId()));
    assertThat(describe().keyState()).isEqualTo(KeyState.PENDING_IMPORT);
    importMaterial(material, null);
    assertThat(bed.decrypt(bed.alice, blob, EncryptionContext.empty())).isEqualTo("kept");
  }

  @Test
  void reimportOfOtherMaterial_isIncorrectKeyMaterial() throws Exception {
    importMaterial(material, null);
    byte[] other = material.clone();
    other[0] ^= 1;
    assertThatThrownBy(() -> importMaterial(other, null))
        .isInstanceOf(IncorrectKeyMaterialException.class);
  }

  @Test
  void importTokenOfAnotherKey_isInvalid() throws Exception {
    KeyMetadata second =
        bed.kms
            .createKey(
                CreateKeyRequest.symmetric(bed.caller(bed.alice)).withOrigin(Origin.EXTERNAL))
            .keyMetadata();
    GetParametersForImportResult p = parameters(second.keyId());
    byte[] wrapped = wrap(p.publicKey(), material);
    assertThatThrownBy(
            () ->
                bed.kms.importKeyMaterial(
                    new ImportKeyMaterialRequest(
                        bed.caller(bed.alice),
                        key.keyId(),
                        p.importToken(),
                        wrapped,
                        Optional.empty(),
                        "KEY_MATERIAL_DOES_NOT_EXPIRE")))
        .isInstanceOf(InvalidImportTokenException.class);
  }

  @Test
  void importTokenOlderThan24Hours_isExpired() throws Exception {
    GetParametersForImportResult p = parameters(key.keyId());
    byte[] wrapped = wrap(p.publicKey(), material);
    bed.clock.advance(Duration.ofHours(25));
    assertThatThrownBy(
            () ->
                bed.kms.importKeyMaterial(
                    new ImportKeyMaterialRequest(
                        bed.caller(bed.alice),
                        key.keyId(),
                        p.importToken(),
                        wrapped,
                        Optional.empty(),
                        "KEY_MATERIAL_DOES_NOT_EXPIRE")))
        .isInstanceOf(ExpiredImportTokenException.class);
  }

  private ImportKeyMaterialRequest request(
      byte[] wrapped, Optional<Instant> validTo, String model) {
    GetParametersForImportResult p = parameters(key.keyId());
    return new ImportKeyMaterialRequest(
        bed.caller(bed.alice), key.keyId(), p.importToken(), wrapped, validTo, model);
  }

  @Test
  void expiringModelWithoutValidTo_fails() {
    assertThatThrownBy(
            () ->
                bed.kms.importKeyMaterial(
                    request(new byte[256], Optional.empty(), "KEY_MATERIAL_EXPIRES")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("ValidTo is required");
  }

  @Test
  void nonExpiringModelWithValidTo_fails() {
    Optional<Instant> later = Optional.of(KmsTestbed.START.plusSeconds(60));
    assertThatThrownBy(
            () ->
                bed.kms.importKeyMaterial(
                    request(new byte[256], later, "KEY_MATERIAL_DOES_NOT_EXPIRE")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("must not be set");
  }

  @Test
  void validToInThePast_fails() {
    Optional<Instant> past = Optional.of(KmsTestbed.START.minusSeconds(1));
    assertThatThrownBy(
            () -> bed.kms.importKeyMaterial(request(new byte[256], past, "KEY_MATERIAL_EXPIRES")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("must be in the future");
  }

  @Test
  void unknownExpirationModel_fails() {
    assertThatThrownBy(
            () -> bed.kms.importKeyMaterial(request(new byte[256], Optional.empty(), "SOMETIMES")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("'SOMETIMES' at 'expirationModel'");
  }

  @Test
  void unknownWrappingKeySpec_fails() {
    assertThatThrownBy(
            () ->
                bed.kms.getParametersForImport(
                    new GetParametersForImportRequest(
                        bed.caller(bed.alice), key.keyId(), "RSAES_OAEP_SHA_256", "RSA_1024")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("'RSA_1024' at 'wrappingKeySpec'");
  }

  @Test
  void unsupportedWrappingAlgorithm_fails() {
    assertThatThrownBy(
            () ->
                bed.kms.getParametersForImport(
                    new GetParametersForImportRequest(
                        bed.caller(bed.alice),
                        key.keyId(),
                        "RSA_AES_KEY_WRAP_SHA_256",
                        "RSA_2048")))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("RSA_AES_KEY_WRAP_SHA_256");
  }

  @Test
  void materialWrappedUnderAnotherKey_isInvalidCiphertext() {
    assertThatThrownBy(
            () ->
                bed.kms.importKeyMaterial(
                    request(new byte[256], Optional.empty(), "KEY_MATERIAL_DOES_NOT_EXPIRE")))
        .isInstanceOf(io.atrest.engine.kms.error.InvalidCiphertextException.class);
  }

  @Test
  void materialOfWrongLength_isIncorrectKeyMaterial() throws Exception {
    GetParametersForImportResult p = parameters(key.keyId());
    byte[] wrapped = wrap(p.publicKey(), new byte[16]);
    assertThatThrownBy(
            () ->
                bed.kms.importKeyMaterial(
                    new ImportKeyMaterialRequest(
                        bed.caller(bed.alice),
                        key.keyId(),
                        p.importToken(),
                        wrapped,
                        Optional.empty(),
                        "KEY_MATERIAL_DOES_NOT_EXPIRE")))
        .isInstanceOf(IncorrectKeyMaterialException.class);
  }
}
