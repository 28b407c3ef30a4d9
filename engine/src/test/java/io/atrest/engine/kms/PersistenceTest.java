package io.atrest.engine.kms;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.kms.api.CreateKeyRequest;
import io.atrest.engine.kms.api.DecryptRequest;
import io.atrest.engine.kms.api.GenerateMacRequest;
import io.atrest.engine.kms.api.RotateKeyOnDemandRequest;
import io.atrest.engine.kms.api.SignRequest;
import io.atrest.engine.kms.api.VerifyMacRequest;
import io.atrest.engine.kms.api.VerifyRequest;
import io.atrest.engine.store.MapDbKmsStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file store end to end: keys made and used through the KMS, the store closed, every byte of
 * its directory scanned for the raw key material and the plaintext canary, then reopened.
 */
class PersistenceTest {

  private static final String CANARY = "canary-7f3e9a41-plaintext-that-must-never-hit-disk";

  @TempDir Path storeDir;
  @TempDir Path keyDir;

  @Test
  void fileStoreHoldsNoPlaintextMaterialOrDataAndDecryptsAfterReopen() throws IOException {
    Path file = storeDir.resolve("kms.db");
    Path rootKey = keyDir.resolve("root.key");
    SecureRandom random = new SecureRandom();
    byte[] blob;
    List<byte[]> materials = new ArrayList<>();
    String keyId;
    EncryptionContext ctx = EncryptionContext.of("tenant", "blue");
    try (MapDbKmsStore store = MapDbKmsStore.open(file, rootKey, random)) {
      KmsTestbed bed = new KmsTestbed(store);
      KeyMetadata key = bed.newKey();
      keyId = key.keyId();
      bed.kms.rotateKeyOnDemand(RotateKeyOnDemandRequest.of(bed.caller(bed.alice), keyId));
      blob = bed.encrypt(bed.alice, keyId, CANARY, ctx).ciphertextBlob();
      KeyRecord stored = store.key(keyId).orElseThrow();
      for (MaterialVersion v : stored.materials()) {
        materials.add(store.material(keyId, v.materialId()).orElseThrow().secret().toByteArray());
      }
    }
    assertThat(materials).hasSize(2);
    for (byte[] material : materials) {
      assertThat(containsAnywhere(storeDir, material))
          .as("raw key material in store files")
          .isFalse();
    }
    assertThat(containsAnywhere(storeDir, CANARY.getBytes(StandardCharsets.UTF_8)))
        .as("canary")
        .isFalse();
    try (MapDbKmsStore store = MapDbKmsStore.open(file, rootKey, random)) {
      KmsTestbed bed = new KmsTestbed(store);
      assertThat(store.key(keyId)).isPresent();
      // A fresh registry issues new principal ids, but the user ARNs and the key policy are the
      // same.
      String plain =
          KmsTestbed.text(
              bed.kms.decrypt(DecryptRequest.of(bed.caller(bed.alice), blob, ctx)).plaintext());
      assertThat(plain).isEqualTo(CANARY);
    }
  }

  @Test
  void fileStoreHoldsNoPlaintextPrivateKeysAndSignsAfterReopen() throws IOException {
    Path file = storeDir.resolve("kms.db");
    Path rootKey = keyDir.resolve("root.key");
    SecureRandom random = new SecureRandom();
    byte[] message = CANARY.getBytes(StandardCharsets.UTF_8);
    List<byte[]> secrets = new ArrayList<>();
    String signingKey;
    String macKey;
    byte[] mac;
    try (MapDbKmsStore store = MapDbKmsStore.open(file, rootKey, random)) {
      KmsTestbed bed = new KmsTestbed(store);
      signingKey = created(bed, KeySpec.ECC_NIST_P256, KeyUsage.SIGN_VERIFY);
      macKey = created(bed, KeySpec.HMAC_256, KeyUsage.GENERATE_VERIFY_MAC);
      java.security.KeyPair pair =
          KeySecrets.keyPair(
              KeySpec.ECC_NIST_P256, store.privateMaterial(signingKey).orElseThrow());
      secrets.add(pair.getPrivate().getEncoded());
      secrets.add(store.privateMaterial(macKey).orElseThrow().toByteArray());
      mac =
          bed.kms
              .generateMac(
                  GenerateMacRequest.of(
                      bed.caller(bed.alice), macKey, message, MacAlgorithm.HMAC_SHA_256))
              .mac();
    }
    for (byte[] secret : secrets) {
      assertThat(containsAnywhere(storeDir, secret)).as("raw private material").isFalse();
    }
    try (MapDbKmsStore store = MapDbKmsStore.open(file, rootKey, random)) {
      KmsTestbed bed = new KmsTestbed(store);
      byte[] signature =
          bed.kms
              .sign(
                  SignRequest.of(
                      bed.caller(bed.alice), signingKey, message, SigningAlgorithm.ECDSA_SHA_256))
              .signature();
      assertThat(
              bed.kms
                  .verify(
                      VerifyRequest.of(
                          bed.caller(bed.alice),
                          signingKey,
                          message,
                          signature,
                          SigningAlgorithm.ECDSA_SHA_256))
                  .signatureValid())
          .isTrue();
      assertThat(
              bed.kms
                  .verifyMac(
                      VerifyMacRequest.of(
                          bed.caller(bed.alice), macKey, message, MacAlgorithm.HMAC_SHA_256, mac))
                  .macValid())
          .isTrue();
    }
  }

  private static String created(KmsTestbed bed, KeySpec spec, KeyUsage usage) {
    return bed.kms
        .createKey(CreateKeyRequest.symmetric(bed.caller(bed.alice)).withSpec(spec, usage))
        .keyMetadata()
        .keyId();
  }

  private static boolean containsAnywhere(Path dir, byte[] needle) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        byte[] bytes = Files.readAllBytes(f);
        for (int i = 0; i <= bytes.length - needle.length; i++) {
          int j = 0;
          while (j < needle.length && bytes[i + j] == needle[j]) {
            j++;
          }
          if (j == needle.length) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
