package io.atrest.engine.store;

import io.atrest.engine.crypto.AesGcm;
import io.atrest.engine.crypto.KeyMaterial;
import io.atrest.engine.crypto.SecretBytes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.spec.SecretKeySpec;

/**
 * Wraps key material under the store root key (AES-256-GCM) before it reaches a file. The AAD is
 * {@code keyId/materialId}, so a wrapped blob moved to another key's slot does not unwrap. Layout:
 * 12-byte IV, then the GCM ciphertext and tag.
 */
final class MaterialWrapper {

  private final SecretKeySpec rootKey;
  private final SecureRandom random;

  MaterialWrapper(SecretBytes rootKey, SecureRandom random) {
    if (rootKey.length() != 32) {
      throw new IllegalArgumentException(
          "store root key is " + rootKey.length() + " bytes; it must be 32 (AES-256)");
    }
    byte[] raw = rootKey.toByteArray();
    this.rootKey = new SecretKeySpec(raw, "AES");
    Arrays.fill(raw, (byte) 0);
    this.random = random;
  }

  byte[] wrap(String keyId, KeyMaterial material) {
    return seal(aad(keyId, material.id()), material.secret());
  }

  KeyMaterial unwrap(String keyId, String materialId, byte[] wrapped) {
    byte[] secret = open(aad(keyId, materialId), wrapped);
    try {
      return KeyMaterial.of(materialId, SecretBytes.copyOf(secret));
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
  }

  /**
   * Wraps the private material of an asymmetric or HMAC key; the AAD {@code keyId/private} cannot
   * be a material version's, whose ids are hex.
   */
  byte[] wrapPrivate(String keyId, SecretBytes material) {
    return seal(aad(keyId, "private"), material);
  }

  SecretBytes unwrapPrivate(String keyId, byte[] wrapped) {
    byte[] secret = open(aad(keyId, "private"), wrapped);
    try {
      return SecretBytes.copyOf(secret);
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
  }

  private byte[] seal(byte[] aad, SecretBytes material) {
    byte[] iv = new byte[AesGcm.IV_LENGTH];
    random.nextBytes(iv);
    byte[] secret = material.toByteArray();
    byte[] sealed = AesGcm.seal(rootKey, iv, aad, secret);
    Arrays.fill(secret, (byte) 0);
    return ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
  }

  private byte[] open(byte[] aad, byte[] wrapped) {
    byte[] iv = Arrays.copyOf(wrapped, AesGcm.IV_LENGTH);
    byte[] sealed = Arrays.copyOfRange(wrapped, AesGcm.IV_LENGTH, wrapped.length);
    return AesGcm.open(rootKey, iv, aad, sealed);
  }

  private static byte[] aad(String keyId, String materialId) {
    return (keyId + "/" + materialId).getBytes(StandardCharsets.UTF_8);
  }
}
