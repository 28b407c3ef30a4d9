package io.atrest.engine.kms;

import io.atrest.engine.crypto.CiphertextBlob;
import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.crypto.KeyMaterial;
import io.atrest.engine.crypto.SecretBytes;
import io.atrest.engine.kms.error.InvalidCiphertextException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

/**
 * An AWS owned key: a key a service (DynamoDB) keeps in its own account and uses for many customers
 * [seed 002, 004]. It is not in any customer's account, so it appears in no ListKeys or
 * DescribeKey, has no key policy a customer can see, writes no event to a customer's trail, and
 * costs nothing. The service uses it directly, without authorization: the table store holds the
 * handle.
 */
public final class AwsOwnedKey {

  private final String keyId;
  private final KeyMaterial material;
  private final SecureRandom random;

  AwsOwnedKey(String keyId, KeyMaterial material, SecureRandom random) {
    this.keyId = keyId;
    this.material = material;
    this.random = random;
  }

  /** The key's id inside the service account; never resolvable through the customer API. */
  public String keyId() {
    return keyId;
  }

  /** A data key and its ciphertext under this key, bound to {@code context}. */
  public GeneratedDataKey generateDataKey(EncryptionContext context, DataKeySpec spec) {
    SecretBytes plaintext = SecretBytes.random(random, spec.bytes());
    return new GeneratedDataKey(encrypt(plaintext, context), plaintext);
  }

  public byte[] encrypt(SecretBytes plaintext, EncryptionContext context) {
    byte[] raw = plaintext.toByteArray();
    try {
      return CiphertextBlob.seal(keyId, material, context, raw, random);
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
  }

  /**
   * Decrypts a ciphertext made by this key.
   *
   * @throws InvalidCiphertextException when the blob is not this key's or the context differs
   */
  public SecretBytes decrypt(byte[] blob, EncryptionContext context) {
    CiphertextBlob parsed = CiphertextBlob.parse(blob);
    if (!parsed.keyId().equals(keyId)) {
      throw new InvalidCiphertextException("");
    }
    byte[] raw = parsed.open(material, context);
    try {
      return SecretBytes.copyOf(raw);
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
  }

  /** A generated data key: its ciphertext blob and its plaintext. */
  public record GeneratedDataKey(byte[] ciphertextBlob, SecretBytes plaintext) {
    public GeneratedDataKey {
      ciphertextBlob = Objects.requireNonNull(ciphertextBlob, "ciphertextBlob").clone();
      Objects.requireNonNull(plaintext, "plaintext");
    }

    @Override
    public byte[] ciphertextBlob() {
      return ciphertextBlob.clone();
    }
  }
}
