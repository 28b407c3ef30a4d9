package io.atrest.engine.store;

import io.atrest.engine.crypto.KeyMaterial;
import io.atrest.engine.crypto.SecretBytes;
import io.atrest.engine.kms.AliasRecord;
import io.atrest.engine.kms.KeyRecord;
import io.atrest.engine.kms.grant.GrantRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where the KMS keeps keys, their material versions, aliases and grants. Each write is durable when
 * the method returns (for file-backed stores). Implementations are thread-safe; the KMS serializes
 * the read-modify-write sequences itself.
 */
public interface KmsStore extends AutoCloseable {

  void putKey(KeyRecord key);

  Optional<KeyRecord> key(String keyId);

  /** Every key, in no particular order. */
  List<KeyRecord> keys();

  /**
   * Hands every key to {@code action}, in no particular order, without copying them out first (the
   * KMS looks at every key before each call).
   */
  default void forEachKey(Consumer<KeyRecord> action) {
    keys().forEach(action);
  }

  /**
   * Removes a key with its material versions and private material; aliases and grants are removed
   * separately.
   */
  void deleteKey(String keyId);

  void putMaterial(String keyId, KeyMaterial material);

  Optional<KeyMaterial> material(String keyId, String materialId);

  void deleteMaterial(String keyId, String materialId);

  /**
   * Stores the secret of an asymmetric or HMAC key (its encoded key pair, or its HMAC key),
   * replacing any; file-backed stores keep it wrapped, as they keep material versions.
   */
  void putPrivateMaterial(String keyId, SecretBytes material);

  /** A copy of the private material of {@code keyId}, which the caller may wipe. */
  Optional<SecretBytes> privateMaterial(String keyId);

  /** Stores an alias under its ARN, replacing one of the same ARN. */
  void putAlias(AliasRecord alias);

  Optional<AliasRecord> alias(String aliasArn);

  List<AliasRecord> aliases();

  /** As {@link #forEachKey}, for aliases (the KMS reads a key's aliases on each call on it). */
  default void forEachAlias(Consumer<AliasRecord> action) {
    aliases().forEach(action);
  }

  void deleteAlias(String aliasArn);

  void putGrant(GrantRecord grant);

  Optional<GrantRecord> grant(String grantId);

  List<GrantRecord> grants();

  void deleteGrant(String grantId);

  /**
   * Records when the AWS owned key {@code keyId} made its first material, once: its yearly rotation
   * counts from then, across restarts of a file-backed store. Not secret.
   */
  void putOwnedKeyEpoch(String keyId, Instant firstMaterial);

  Optional<Instant> ownedKeyEpoch(String keyId);

  @Override
  void close();
}
