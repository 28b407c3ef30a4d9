package io.atrest.engine.store;

import io.atrest.engine.crypto.KeyMaterial;
import io.atrest.engine.crypto.SecretBytes;
import io.atrest.engine.kms.AliasRecord;
import io.atrest.engine.kms.KeyRecord;
import io.atrest.engine.kms.grant.GrantRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mapdb.DB;
import org.mapdb.DBMaker;
import org.mapdb.Serializer;

/**
 * A {@link KmsStore} in a MapDB file, transactional (each write is committed before the method
 * returns) and not memory-mapped. Key material (and the private material of asymmetric and HMAC
 * keys) is wrapped under a store root key (AES-256-GCM) that is kept outside the store file, either
 * passed in or held in a separate root-key file.
 */
public final class MapDbKmsStore implements KmsStore {

  private final DB db;
  private final Map<String, byte[]> keys;
  private final Map<String, byte[]> materials;
  private final Map<String, byte[]> privateMaterials;
  private final Map<String, byte[]> aliases;
  private final Map<String, byte[]> grants;
  private final Map<String, String> ownedKeyEpochs;
  private final MaterialWrapper wrapper;

  private MapDbKmsStore(Path file, SecretBytes rootKey, SecureRandom random) {
    this.wrapper = new MaterialWrapper(rootKey, random);
    this.db = DBMaker.fileDB(file.toFile()).transactionEnable().make();
    this.keys = map("keys");
    this.materials = map("materials");
    this.privateMaterials = map("privateMaterials");
    this.aliases = map("aliases");
    this.grants = map("grants");
    this.ownedKeyEpochs =
        db.hashMap("ownedKeyEpochs", Serializer.STRING, Serializer.STRING).createOrOpen();
  }

  /** Opens (or creates) the store in {@code file}, wrapping material under {@code rootKey}. */
  public static MapDbKmsStore open(Path file, SecretBytes rootKey, SecureRandom random) {
    return new MapDbKmsStore(file, rootKey, random);
  }

  /**
   * Opens (or creates) the store in {@code file} with the root key held in {@code rootKeyFile},
   * which is created with a fresh random key when missing. Keep it away from the store file.
   */
  public static MapDbKmsStore open(Path file, Path rootKeyFile, SecureRandom random) {
    return new MapDbKmsStore(file, loadOrCreateRootKey(rootKeyFile, random), random);
  }

  private static SecretBytes loadOrCreateRootKey(Path rootKeyFile, SecureRandom random) {
    try {
      if (Files.exists(rootKeyFile)) {
        return SecretBytes.copyOf(Files.readAllBytes(rootKeyFile));
      }
      SecretBytes key = SecretBytes.random(random, 32);
      Files.write(rootKeyFile, key.toByteArray());
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create root key file " + rootKeyFile, e);
    }
  }

  private Map<String, byte[]> map(String name) {
    return db.hashMap(name, Serializer.STRING, Serializer.BYTE_ARRAY).createOrOpen();
  }

  @Override
  public synchronized void putKey(KeyRecord key) {
    keys.put(key.keyId(), RecordCodec.encode(key));
    db.commit();
  }

  @Override
  public synchronized Optional<KeyRecord> key(String keyId) {
    return Optional.ofNullable(keys.get(keyId)).map(b -> RecordCodec.decode(b, KeyRecord.class));
  }

  @Override
  public synchronized List<KeyRecord> keys() {
    return keys.values().stream().map(b -> RecordCodec.decode(b, KeyRecord.class)).toList();
  }

  @Override
  public synchronized void deleteKey(String keyId) {
    keys.remove(keyId);
    materials.keySet().removeIf(k -> k.startsWith(keyId + "/"));
    privateMaterials.remove(keyId);
    db.commit();
  }

  @Override
  public synchronized void putMaterial(String keyId, KeyMaterial material) {
    materials.put(keyId + "/" + material.id(), wrapper.wrap(keyId, material));
    db.commit();
  }

  @Override
  public synchronized Optional<KeyMaterial> material(String keyId, String materialId) {
    return Optional.ofNullable(materials.get(keyId + "/" + materialId))
        .map(w -> wrapper.unwrap(keyId, materialId, w));
  }

  @Override
  public synchronized void deleteMaterial(String keyId, String materialId) {
    materials.remove(keyId + "/" + materialId);
    db.commit();
  }

  @Override
  public synchronized void putPrivateMaterial(String keyId, SecretBytes material) {
    privateMaterials.put(keyId, wrapper.wrapPrivate(keyId, material));
    db.commit();
  }

  @Override
  public synchronized Optional<SecretBytes> privateMaterial(String keyId) {
    return Optional.ofNullable(privateMaterials.get(keyId))
        .map(w -> wrapper.unwrapPrivate(keyId, w));
  }

  @Override
  public synchronized void putAlias(AliasRecord alias) {
    aliases.put(alias.arn(), RecordCodec.encode(alias));
    db.commit();
  }

  @Override
  public synchronized Optional<AliasRecord> alias(String aliasArn) {
    return Optional.ofNullable(aliases.get(aliasArn))
        .map(b -> RecordCodec.decode(b, AliasRecord.class));
  }

  @Override
  public synchronized List<AliasRecord> aliases() {
    return aliases.values().stream().map(b -> RecordCodec.decode(b, AliasRecord.class)).toList();
  }

  @Override
  public synchronized void deleteAlias(String aliasArn) {
    aliases.remove(aliasArn);
    db.commit();
  }

  @Override
  public synchronized void putGrant(GrantRecord grant) {
    grants.put(grant.grantId(), RecordCodec.encode(grant));
    db.commit();
  }

  @Override
  public synchronized Optional<GrantRecord> grant(String grantId) {
    return Optional.ofNullable(grants.get(grantId))
        .map(b -> RecordCodec.decode(b, GrantRecord.class));
  }

  @Override
  public synchronized List<GrantRecord> grants() {
    return grants.values().stream().map(b -> RecordCodec.decode(b, GrantRecord.class)).toList();
  }

  @Override
  public synchronized void deleteGrant(String grantId) {
    grants.remove(grantId);
    db.commit();
  }

  @Override
  public synchronized void putOwnedKeyEpoch(String keyId, Instant firstMaterial) {
    ownedKeyEpochs.put(keyId, firstMaterial.toString());
    db.commit();
  }

  @Override
  public synchronized Optional<Instant> ownedKeyEpoch(String keyId) {
    return Optional.ofNullable(ownedKeyEpochs.get(keyId)).map(Instant::parse);
  }

  @Override
  public synchronized void close() {
    if (!db.isClosed()) {
      db.close();
    }
  }
}
