package io.atrest.engine.table.crypto;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A table's unwrapped data keys, in memory only: one AES-256 data key per storage partition, and a
 * locator key. Items are placed by an HMAC of their key values under the locator key, so storage
 * keys reveal nothing of the item keys; each record is sealed with its partition's data key and
 * bound (AAD) to the table name, the partition and its storage location.
 */
public final class KeyRing {
  public static final int PARTITIONS = 4;
  private static final SecureRandom RANDOM = new SecureRandom();
  private final String tableName;
  private final List<KeyedCipher> dataKeyCiphers;
  private final SymmetricKey locatorKey;
  private final ThreadLocal<Mac> mac;

  /** Per purpose, per partition: the fixed start of a record's AAD (purpose, table, partition). */
  private final Map<String, byte[][]> aadPrefixes = new ConcurrentHashMap<>();

  private KeyRing(String tableName, List<SymmetricKey> dataKeys, SymmetricKey locatorKey) {
    this.tableName = tableName;
    this.dataKeyCiphers = dataKeys.stream().map(KeyedCipher::new).toList();
    this.locatorKey = locatorKey;
    this.mac = ThreadLocal.withInitial(this::newMac);
  }

  /** Fresh random data keys for a new table. */
  public static KeyRing generate(String tableName) {
    List<SymmetricKey> keys = new ArrayList<>();
    for (int i = 0; i < PARTITIONS; i++) {
      keys.add(SymmetricKey.random(RANDOM));
    }
    return new KeyRing(tableName, keys, SymmetricKey.random(RANDOM));
  }

  /** Opens data keys sealed under {@code tableKey} for the table {@code tableName}. */
  public static KeyRing unwrap(String tableName, SymmetricKey tableKey, WrappedKeys wrapped) {
    List<SymmetricKey> keys = new ArrayList<>();
    for (int i = 0; i < wrapped.dataKeys().size(); i++) {
      keys.add(
          SymmetricKey.of(
              RecordCipher.open(tableKey, dataKeyAad(tableName, i), wrapped.dataKeys().get(i))));
    }
    SymmetricKey locator =
        SymmetricKey.of(RecordCipher.open(tableKey, locatorAad(tableName), wrapped.locatorKey()));
    return new KeyRing(tableName, keys, locator);
  }

  /** Seals these data keys under {@code tableKey}; used at creation and on every key switch. */
  public WrappedKeys wrap(SymmetricKey tableKey) {
    List<byte[]> sealed = new ArrayList<>();
    for (int i = 0; i < dataKeyCiphers.size(); i++) {
      sealed.add(
          RecordCipher.seal(
              tableKey, dataKeyAad(tableName, i), dataKeyCiphers.get(i).key().exportForWrapping()));
    }
    return new WrappedKeys(
        sealed, RecordCipher.seal(tableKey, locatorAad(tableName), locatorKey.exportForWrapping()));
  }

  /** The opaque location of a value (an HMAC under the locator key), 32 bytes. */
  public byte[] locate(byte[] encodedValue) {
    return mac.get().doFinal(encodedValue);
  }

  /** The partition that a partition-key location falls in. */
  public int partitionOf(byte[] partitionLocation) {
    return Math.floorMod(partitionLocation[0], dataKeyCiphers.size());
  }

  public byte[] seal(String purpose, int partition, byte[] storageKey, byte[] plaintext) {
    return dataKeyCiphers.get(partition).seal(aad(purpose, partition, storageKey), plaintext);
  }

  public byte[] open(String purpose, int partition, byte[] storageKey, byte[] sealed) {
    return dataKeyCiphers.get(partition).open(aad(purpose, partition, storageKey), sealed);
  }

  /** Plaintext keys, for the leak test that scans storage files for them. */
  public List<byte[]> exportAllForLeakTest() {
    List<byte[]> all = new ArrayList<>();
    dataKeyCiphers.forEach(k -> all.add(k.key().exportForWrapping()));
    all.add(locatorKey.exportForWrapping());
    return all;
  }

  /** The same bytes as {@code Aad.of(purpose).add(tableName).add(partition).add(storageKey)}. */
  private byte[] aad(String purpose, int partition, byte[] storageKey) {
    byte[] prefix = aadPrefixes.computeIfAbsent(purpose, this::aadPrefixes)[partition];
    return Aad.append(prefix, storageKey);
  }

  private byte[][] aadPrefixes(String purpose) {
    byte[][] prefixes = new byte[dataKeyCiphers.size()][];
    for (int i = 0; i < prefixes.length; i++) {
      prefixes[i] = Aad.of(purpose).add(tableName).add(i).toByteArray();
    }
    return prefixes;
  }

  private static byte[] dataKeyAad(String tableName, int partition) {
    return Aad.of("data-key").add(tableName).add(partition).toByteArray();
  }

  private static byte[] locatorAad(String tableName) {
    return Aad.of("locator-key").add(tableName).toByteArray();
  }

  private Mac newMac() {
    try {
      Mac m = Mac.getInstance("HmacSHA256");
      m.init(new SecretKeySpec(locatorKey.exportForWrapping(), "HmacSHA256"));
      return m;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks HmacSHA256", e);
    }
  }
}
