package io.atrest.engine.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.crypto.SecretBytes;
import io.atrest.engine.kms.api.CreateKeyRequest;
import io.atrest.engine.kms.api.DecryptRequest;
import io.atrest.engine.kms.api.DecryptResult;
import io.atrest.engine.kms.api.DisableKeyRequest;
import io.atrest.engine.kms.api.EncryptRequest;
import io.atrest.engine.kms.api.EncryptResult;
import io.atrest.engine.kms.api.GenerateDataKeyRequest;
import io.atrest.engine.kms.api.GenerateDataKeyResult;
import io.atrest.engine.kms.api.GenerateRandomRequest;
import io.atrest.engine.kms.api.ReEncryptRequest;
import io.atrest.engine.kms.api.ReEncryptResult;
import io.atrest.engine.kms.api.ScheduleKeyDeletionRequest;
import io.atrest.engine.kms.error.DisabledException;
import io.atrest.engine.kms.error.DryRunOperationException;
import io.atrest.engine.kms.error.IncorrectKeyException;
import io.atrest.engine.kms.error.InvalidCiphertextException;
import io.atrest.engine.kms.error.InvalidKeyUsageException;
import io.atrest.engine.kms.error.KmsInvalidStateException;
import io.atrest.engine.kms.error.ValidationException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CryptoOperationsTest {

  private final KmsTestbed bed = new KmsTestbed();
  private final EncryptionContext ctx = EncryptionContext.of("tenant", "blue");

  @Test
  void encryptThenDecrypt_withoutKeyId_roundTrips() {
    KeyMetadata key = bed.newKey();
    EncryptResult encrypted = bed.encrypt(bed.alice, key.keyId(), "canary", ctx);
    assertThat(encrypted.keyId()).isEqualTo(key.arn());
    assertThat(encrypted.encryptionAlgorithm()).isEqualTo("SYMMETRIC_DEFAULT");
    DecryptResult decrypted =
        bed.kms.decrypt(DecryptRequest.of(bed.caller(bed.alice), encrypted.ciphertextBlob(), ctx));
    assertThat(KmsTestbed.text(decrypted.plaintext())).isEqualTo("canary");
    assertThat(decrypted.keyId()).isEqualTo(key.arn());
    assertThat(decrypted.keyMaterialId()).isEqualTo(key.currentKeyMaterialId().orElseThrow());
  }

  @Test
  void decryptRequest_whoseCallerOverwritesItsArrayBeforeTheCall_decryptsWhatItHoldsThen() {
    KeyMetadata key = bed.newKey();
    byte[] blob = bed.encrypt(bed.alice, key.keyId(), "canary", ctx).ciphertextBlob();
    DecryptRequest request = DecryptRequest.of(bed.caller(bed.alice), blob, ctx);
    java.util.Arrays.fill(blob, (byte) 0);

    assertThatThrownBy(() -> bed.kms.decrypt(request))
        .isInstanceOf(InvalidCiphertextException.class);
    assertThat(bed.lastEvent("Decrypt").errorCode()).contains("InvalidCiphertextException");
  }

  @Test
  void encryptResult_readTwice_givesEqualBlobsOfTheCallersOwn() {
    KeyMetadata key = bed.newKey();
    EncryptResult encrypted = bed.encrypt(bed.alice, key.keyId(), "canary", ctx);
    byte[] first = encrypted.ciphertextBlob();
    byte[] second = encrypted.ciphertextBlob();
    java.util.Arrays.fill(first, (byte) 0);

    assertThat(second).isNotSameAs(first).hasSize(encrypted.ciphertext().length());
    assertThat(bed.decrypt(bed.alice, encrypted.ciphertextBlob(), ctx)).isEqualTo("canary");
  }

  @Test
  void decryptWithWrongEncryptionContext_fails() {
    KeyMetadata key = bed.newKey();
    byte[] blob = bed.encrypt(bed.alice, key.keyId(), "canary", ctx).ciphertextBlob();
    assertThatThrownBy(() -> bed.decrypt(bed.alice, blob, EncryptionContext.of("tenant", "Blue")))
        .isInstanceOf(InvalidCiphertextException.class)
        .hasMessage("");
  }

  @Test
  void decryptWithShiftedContextBoundary_fails() {
    KeyMetadata key = bed.newKey();
    byte[] blob =
        bed.encrypt(bed.alice, key.keyId(), "x", EncryptionContext.of("ab", "c")).ciphertextBlob();
    assertThatThrownBy(() -> bed.decrypt(bed.alice, blob, EncryptionContext.of("a", "bc")))
        .isInstanceOf(InvalidCiphertextException.class);
  }

  @Test
  void decryptWithKeyIdOfAnotherKey_isIncorrectKey() {
    KeyMetadata key = bed.newKey();
    KeyMetadata other = bed.newKey();
    byte[] blob = bed.encrypt(bed.alice, key.keyId(), "x", ctx).ciphertextBlob();
    assertThatThrownBy(
            () ->
                bed.kms.decrypt(
                    DecryptRequest.of(bed.caller(bed.alice), blob, ctx).withKeyId(other.keyId())))
        .isInstanceOf(IncorrectKeyException.class)
        .hasMessage(
            "The key ID in the request does not identify a CMK that can perform this operation.");
  }

  @Test
  void tamperedCiphertext_isInvalid() {
    KeyMetadata key = bed.newKey();
    byte[] blob = bed.encrypt(bed.alice, key.keyId(), "x", ctx).ciphertextBlob();
    blob[blob.length - 1] ^= 1;
    assertThatThrownBy(() -> bed.decrypt(bed.alice, blob, ctx))
        .isInstanceOf(InvalidCiphertextException.class);
  }

  @Test
  void plaintextOver4096Bytes_fails() {
    KeyMetadata key = bed.newKey();
    SecretBytes big = SecretBytes.copyOf(new byte[4097]);
    assertThatThrownBy(
            () -> bed.kms.encrypt(EncryptRequest.of(bed.caller(bed.alice), key.keyId(), big, ctx)))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "1 validation error detected: Value at 'plaintext' failed to satisfy constraint:"
                + " Member must have length less than or equal to 4096");
  }

  @Test
  void emptyPlaintext_fails() {
    KeyMetadata key = bed.newKey();
    SecretBytes empty = SecretBytes.copyOf(new byte[0]);
    assertThatThrownBy(
            () ->
                bed.kms.encrypt(EncryptRequest.of(bed.caller(bed.alice), key.keyId(), empty, ctx)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("greater than or equal to 1");
  }

  @Test
  void plaintextOf4096Bytes_isAccepted() {
    KeyMetadata key = bed.newKey();
    SecretBytes max = SecretBytes.copyOf(new byte[4096]);
    assertThat(
            bed.kms
                .encrypt(EncryptRequest.of(bed.caller(bed.alice), key.keyId(), max, ctx))
                .ciphertextBlob())
        .hasSizeGreaterThan(4096);
  }

  @Test
  void encryptUnderDisabledKey_fails() {
    KeyMetadata key = bed.newKey();
    bed.kms.disableKey(DisableKeyRequest.of(bed.caller(bed.alice), key.keyId()));
    assertThatThrownBy(() -> bed.encrypt(bed.alice, key.keyId(), "x", ctx))
        .isInstanceOf(DisabledException.class)
        .hasMessage(key.arn() + " is disabled.");
  }

  @Test
  void decryptUnderKeyPendingDeletion_fails() {
    KeyMetadata key = bed.newKey();
    byte[] blob = bed.encrypt(bed.alice, key.keyId(), "x", ctx).ciphertextBlob();
    bed.kms.scheduleKeyDeletion(
        ScheduleKeyDeletionRequest.of(bed.caller(bed.alice), key.keyId(), 7));
    assertThatThrownBy(() -> bed.decrypt(bed.alice, blob, ctx))
        .isInstanceOf(KmsInvalidStateException.class)
        .hasMessage(key.arn() + " is pending deletion.");
  }

  @Test
  void encryptWithSignVerifyKey_isInvalidKeyUsage() {
    KeyMetadata key =
        bed.kms
            .createKey(
                CreateKeyRequest.symmetric(bed.caller(bed.alice))
                    .withSpec(KeySpec.ECC_NIST_P256, KeyUsage.SIGN_VERIFY))
            .keyMetadata();
    assertThatThrownBy(() -> bed.encrypt(bed.alice, key.keyId(), "x", ctx))
        .isInstanceOf(InvalidKeyUsageException.class)
        .hasMessage(key.arn() + " key usage is SIGN_VERIFY which is not valid for Encrypt.");
  }

  @Test
  void generateDataKeyAes256_returnsPlaintextThatDecrypts() {
    KeyMetadata key = bed.newKey();
    GenerateDataKeyResult dk =
        bed.kms.generateDataKey(
            GenerateDataKeyRequest.aes256(bed.caller(bed.alice), key.keyId(), ctx));
    assertThat(dk.plaintext()).hasValueSatisfying(p -> assertThat(p.length()).isEqualTo(32));
    assertThat(dk.keyId()).isEqualTo(key.arn());
    SecretBytes again =
        bed.kms
            .decrypt(DecryptRequest.of(bed.caller(bed.alice), dk.ciphertextBlob(), ctx))
            .plaintext();
    assertThat(again.equalsSecret(dk.plaintext().get())).isTrue();
  }

  @Test
  void generateDataKeyWithoutPlaintext_returnsNoPlaintext() {
    KeyMetadata key = bed.newKey();
    GenerateDataKeyResult dk =
        bed.kms.generateDataKeyWithoutPlaintext(
            GenerateDataKeyRequest.aes256(bed.caller(bed.alice), key.keyId(), ctx));
    assertThat(dk.plaintext()).isEmpty();
    assertThat(
            bed.kms
                .decrypt(DecryptRequest.of(bed.caller(bed.alice), dk.ciphertextBlob(), ctx))
                .plaintext()
                .length())
        .isEqualTo(32);
  }

  @Test
  void generateDataKeyWithBothSpecAndBytes_fails() {
    KeyMetadata key = bed.newKey();
    GenerateDataKeyRequest both =
        new GenerateDataKeyRequest(
            bed.caller(bed.alice),
            key.keyId(),
            ctx,
            Optional.of(DataKeySpec.AES_128),
            Optional.of(16),
            List.of(),
            false);
    assertThatThrownBy(() -> bed.kms.generateDataKey(both))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Please specify either number of bytes or key spec.");
  }

  @Test
  void generateDataKeyWithNeitherSpecNorBytes_fails() {
    KeyMetadata key = bed.newKey();
    GenerateDataKeyRequest neither =
        new GenerateDataKeyRequest(
            bed.caller(bed.alice),
            key.keyId(),
            ctx,
            Optional.empty(),
            Optional.empty(),
            List.of(),
            false);
    assertThatThrownBy(() -> bed.kms.generateDataKey(neither))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Please specify either number of bytes or key spec.");
  }

  @Test
  void generateDataKeyOf1025Bytes_fails() {
    KeyMetadata key = bed.newKey();
    GenerateDataKeyRequest tooMany =
        new GenerateDataKeyRequest(
            bed.caller(bed.alice),
            key.keyId(),
            ctx,
            Optional.empty(),
            Optional.of(1025),
            List.of(),
            false);
    assertThatThrownBy(() -> bed.kms.generateDataKey(tooMany))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "1 validation error detected: Value '1025' at 'numberOfBytes' failed to satisfy"
                + " constraint: Member must have value less than or equal to 1024");
  }

  @Test
  void generateDataKeyOfNBytes_returnsNBytes() {
    KeyMetadata key = bed.newKey();
    GenerateDataKeyRequest seven =
        new GenerateDataKeyRequest(
            bed.caller(bed.alice),
            key.keyId(),
            ctx,
            Optional.empty(),
            Optional.of(7),
            List.of(),
            false);
    assertThat(bed.kms.generateDataKey(seven).plaintext().orElseThrow().length()).isEqualTo(7);
  }

  @Test
  void generateRandom_returnsRequestedLength() {
    assertThat(
            bed.kms
                .generateRandom(new GenerateRandomRequest(bed.caller(bed.alice), 12))
                .plaintext()
                .length())
        .isEqualTo(12);
  }

  @Test
  void generateRandomOfZeroBytes_fails() {
    assertThatThrownBy(
            () -> bed.kms.generateRandom(new GenerateRandomRequest(bed.caller(bed.alice), 0)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("greater than or equal to 1");
  }

  @Test
  void reEncrypt_movesCiphertextToDestinationKeyAndContext() {
    KeyMetadata source = bed.newKey();
    KeyMetadata destination = bed.newKey();
    byte[] blob = bed.encrypt(bed.alice, source.keyId(), "moved", ctx).ciphertextBlob();
    EncryptionContext newCtx = EncryptionContext.of("tenant", "green");
    ReEncryptResult result =
        bed.kms.reEncrypt(
            ReEncryptRequest.of(bed.caller(bed.alice), blob, ctx, destination.keyId(), newCtx));
    assertThat(result.sourceKeyId()).isEqualTo(source.arn());
    assertThat(result.keyId()).isEqualTo(destination.arn());
    assertThat(bed.decrypt(bed.alice, result.ciphertextBlob(), newCtx)).isEqualTo("moved");
  }

  @Test
  void dryRunEncrypt_failsWithDryRunAfterAuthorization() {
    KeyMetadata key = bed.newKey();
    EncryptRequest dry =
        EncryptRequest.of(bed.caller(bed.alice), key.keyId(), KmsTestbed.secret("x"), ctx)
            .asDryRun();
    assertThatThrownBy(() -> bed.kms.encrypt(dry))
        .isInstanceOf(DryRunOperationException.class)
        .hasMessage("The request would have succeeded, but the DryRun option is set.");
  }

  @Test
  void decryptEvent_isReadOnlyWithContextAndKeyMaterialAndNullResponse() {
    KeyMetadata key = bed.newKey();
    byte[] blob = bed.encrypt(bed.alice, key.keyId(), "x", ctx).ciphertextBlob();
    bed.decrypt(bed.alice, blob, ctx);
    var json = bed.lastEvent("Decrypt").toJson();
    assertThat(json.get("readOnly").asBoolean()).isTrue();
    assertThat(json.get("responseElements").isNull()).isTrue();
    assertThat(json.at("/requestParameters/encryptionContext/tenant").asText()).isEqualTo("blue");
    assertThat(json.at("/resources/0/ARN").asText()).isEqualTo(key.arn());
    assertThat(json.at("/additionalEventData/keyMaterialId").asText())
        .isEqualTo(key.currentKeyMaterialId().orElseThrow());
  }

  @Test
  void encryptWithRsaEncryptionKey_isIncompatibleAlgorithm() {
    KeyMetadata rsa =
        bed.kms
            .createKey(
                CreateKeyRequest.symmetric(bed.caller(bed.alice))
                    .withSpec(KeySpec.RSA_4096, KeyUsage.ENCRYPT_DECRYPT))
            .keyMetadata();
    assertThatThrownBy(() -> bed.encrypt(bed.alice, rsa.keyId(), "x", ctx))
        .isInstanceOf(InvalidKeyUsageException.class)
        .hasMessage("Algorithm SYMMETRIC_DEFAULT is incompatible with key spec RSA_4096.");
  }
}
