package io.atrest.engine.kms;

import io.atrest.engine.crypto.CiphertextBlob;
import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.crypto.KeyMaterial;
import io.atrest.engine.crypto.SecretBytes;
import io.atrest.engine.kms.error.InvalidCiphertextException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An AWS owned key: a key a service (DynamoDB) keeps in its own account and uses for many customers
 * [seed 002, 004]. It is not in any customer's account, so it appears in no ListKeys or
 * DescribeKey, has no key policy a customer can see, writes no event to a customer's trail (its
 * rotation included), and costs nothing. The service uses it directly, without authorization: the
 * table store holds the handle.
 *
 * <p>This handle is also the engine's own view of the key, which no customer API gives: its key
 * material versions. AWS rotates the owned keys DynamoDB uses every year ("approximately 365 days",
 * seed 002): a new version encrypts from then on, and every earlier one still decrypts what it
 * encrypted, so tables under the key stay readable.
 */
public final class AwsOwnedKey {

  /** How often AWS rotates the owned keys DynamoDB uses [seed 002]. */
  public static final Duration ROTATION_PERIOD = Duration.ofDays(365);

  private final String keyId;
  private final List<MaterialVersion> versions;
  private final Map<String, KeyMaterial> materials;
  private final KeyMaterial current;
  private final SecureRandom random;

  /**
   * One version of the key's material, oldest first.
   *
   * @param number 1 for the first material, one more at each rotation
   * @param materialId the id ciphertexts made with it carry
   * @param createdAt when it was made (the key's first use, then one rotation period apart)
   */
  public record MaterialVersion(int number, String materialId, Instant createdAt) {
    public MaterialVersion {
      Objects.requireNonNull(materialId, "materialId");
      Objects.requireNonNull(createdAt, "createdAt");
      if (number < 1) {
        throw new IllegalArgumentException(
            "material version number " + number + " must be 1 or more");
      }
    }
  }

  /** The key with its material versions, oldest first; the last one encrypts. */
  AwsOwnedKey(String keyId, Map<MaterialVersion, KeyMaterial> byVersion, SecureRandom random) {
    if (byVersion.isEmpty()) {
      throw new IllegalArgumentException("AWS owned key `" + keyId + "` needs key material");
    }
    this.keyId = keyId;
    this.versions = List.copyOf(byVersion.keySet());
    Map<String, KeyMaterial> byId = new LinkedHashMap<>();
    byVersion.forEach((v, m) -> byId.put(v.materialId(), m));
    this.materials = Map.copyOf(byId);
    this.current = byId.get(versions.get(versions.size() - 1).materialId());
    this.random = random;
  }

  /** The key's id inside the service account; never resolvable through the customer API. */
  public String keyId() {
    return keyId;
  }

  /** Every version of the key's material, oldest first; the last one encrypts. */
  public List<MaterialVersion> materialVersions() {
    return versions;
  }

  /** A data key and its ciphertext under this key, bound to {@code context}. */
  public GeneratedDataKey generateDataKey(EncryptionContext context, DataKeySpec spec) {
    SecretBytes plaintext = SecretBytes.random(random, spec.bytes());
    return new GeneratedDataKey(encrypt(plaintext, context), plaintext);
  }

  /** Encrypts under the current material version. */
  public byte[] encrypt(SecretBytes plaintext, EncryptionContext context) {
    byte[] raw = plaintext.toByteArray();
    try {
      return CiphertextBlob.seal(keyId, current, context, raw, random);
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
  }

  /**
   * Decrypts a ciphertext made by this key, with the material version that made it.
   *
   * @throws InvalidCiphertextException when the blob is not this key's or the context differs
   */
  public SecretBytes decrypt(byte[] blob, EncryptionContext context) {
    CiphertextBlob parsed = CiphertextBlob.parse(blob);
    KeyMaterial material = materials.get(parsed.materialId());
    if (!parsed.keyId().equals(keyId) || material == null) {
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
