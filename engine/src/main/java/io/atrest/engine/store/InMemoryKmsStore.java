package io.atrest.engine.store;

import io.atrest.engine.crypto.KeyMaterial;
import io.atrest.engine.crypto.SecretBytes;
import io.atrest.engine.kms.AliasRecord;
import io.atrest.engine.kms.KeyRecord;
import io.atrest.engine.kms.grant.GrantRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** A {@link KmsStore} in memory, for scenarios: fast, and gone when the engine is. */
public final class InMemoryKmsStore implements KmsStore {

  private final Map<String, KeyRecord> keys = new ConcurrentHashMap<>();
  private final Map<String, KeyMaterial> materials = new ConcurrentHashMap<>();
  private final Map<String, SecretBytes> privateMaterials = new ConcurrentHashMap<>();
  private final Map<String, AliasRecord> aliases = new ConcurrentHashMap<>();
  private final Map<String, GrantRecord> grants = new ConcurrentHashMap<>();
  private final Map<String, Instant> ownedKeyEpochs = new ConcurrentHashMap<>();

  @Override
  public void putKey(KeyRecord key) {
    keys.put(key.keyId(), key);
  }

  @Override
  public Optional<KeyRecord> key(String keyId) {
    return Optional.ofNullable(keys.get(keyId));
  }

  @Override
  public List<KeyRecord> keys() {
    return List.copyOf(keys.values());
  }

  @Override
  public void forEachKey(Consumer<KeyRecord> action) {
    keys.values().forEach(action);
  }

  @Override
  public void deleteKey(String keyId) {
    keys.remove(keyId);
    materials.keySet().removeIf(k -> k.startsWith(keyId + "/"));
    privateMaterials.remove(keyId);
  }

  @Override
  public void putMaterial(String keyId, KeyMaterial material) {
    materials.put(keyId + "/" + material.id(), material);
  }

  @Override
  public Optional<KeyMaterial> material(String keyId, String materialId) {
    return Optional.ofNullable(materials.get(keyId + "/" + materialId));
  }

  @Override
  public void deleteMaterial(String keyId, String materialId) {
    materials.remove(keyId + "/" + materialId);
  }

  @Override
  public void putPrivateMaterial(String keyId, SecretBytes material) {
    privateMaterials.put(keyId, SecretBytes.copyOf(material.toByteArray()));
  }

  @Override
  public Optional<SecretBytes> privateMaterial(String keyId) {
    return Optional.ofNullable(privateMaterials.get(keyId))
        .map(s -> SecretBytes.copyOf(s.toByteArray()));
  }

  @Override
  public void putAlias(AliasRecord alias) {
    aliases.put(alias.arn(), alias);
  }

  @Override
  public Optional<AliasRecord> alias(String aliasArn) {
    return Optional.ofNullable(aliases.get(aliasArn));
  }

  @Override
  public List<AliasRecord> aliases() {
    return List.copyOf(aliases.values());
  }

  @Override
  public void forEachAlias(Consumer<AliasRecord> action) {
    aliases.values().forEach(action);
  }

  @Override
  public void deleteAlias(String aliasArn) {
    aliases.remove(aliasArn);
  }

  @Override
  public void putGrant(GrantRecord grant) {
    grants.put(grant.grantId(), grant);
  }

  @Override
  public Optional<GrantRecord> grant(String grantId) {
    return Optional.ofNullable(grants.get(grantId));
  }

  @Override
  public List<GrantRecord> grants() {
    return List.copyOf(grants.values());
  }

  @Override
  public void deleteGrant(String grantId) {
    grants.remove(grantId);
  }

  @Override
  public void close() {
    // Nothing to release: the maps go with the instance.
  }

  @Override
  public void putOwnedKeyEpoch(String keyId, Instant firstMaterial) {
    ownedKeyEpochs.put(keyId, firstMaterial);
  }

  @Override
  public Optional<Instant> ownedKeyEpoch(String keyId) {
    return Optional.ofNullable(ownedKeyEpochs.get(keyId));
  }
}
