package io.atrest.engine.table;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.error.KmsException;
import io.atrest.engine.table.crypto.KeyRing;
import io.atrest.engine.table.crypto.SymmetricKey;
import io.atrest.engine.table.error.ValidationException;
import io.atrest.engine.table.sse.GeneratedKey;
import io.atrest.engine.table.sse.KmsKeyInfo;
import io.atrest.engine.table.sse.SseChoice;
import io.atrest.engine.table.sse.TableKeyKms;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * DynamoDB's side of the key hierarchy: obtains table keys from the KMS, and caches plaintext
 * table keys per caller.
 *
 * <p>Caching rule (seeds 002 and 004): a caller's entry is refreshed through a real KMS Decrypt,
 * made as that caller via DynamoDB, when it is older than five minutes. A caller making any number
 * of requests within five minutes costs one Decrypt; an hour of steady traffic costs twelve. A
 * refresh is what notices key-policy, grant and key-state changes.
 */
final class TableKeys {
  static final Duration REFRESH_INTERVAL = Duration.ofMinutes(5);
  static final List<String> GRANT_OPERATIONS =
      List.of(
          "DescribeKey", "GenerateDataKey", "Decrypt", "Encrypt", "ReEncryptFrom", "ReEncryptTo",
          "RetireGrant");
  private static final String SERVICE = "dynamodb";

  private final TableKeyKms kms;
  private final Clock clock;
  private final String accountId;
  private final String region;
  private final Map<String, KeyRing> rings = new ConcurrentHashMap<>();
  private final Map<String, Instant> refreshedAt = new ConcurrentHashMap<>();

  TableKeys(TableKeyKms kms, Clock clock, String accountId, String region) {
    this.kms = kms;
    this.clock = clock;
    this.accountId = accountId;
    this.region = region;
  }

  /** DynamoDB's encryption context: table name and account (seed 004). */
  Map<String, String> context(String tableName) {
    return Map.of("aws:dynamodb:tableName", tableName, "aws:dynamodb:subscriberId", accountId);
  }

  String servicePrincipal() {
    return SERVICE + "." + region + ".amazonaws.com";
  }

  /**
   * Puts {@code ring} under a new table key of the chosen kind: DescribeKey and CreateGrant on the
   * caller's behalf, then GenerateDataKey as DynamoDB itself. Updates the record's key fields.
   */
  void provision(TableRecord rec, SseChoice choice, Caller caller, KeyRing ring) {
    Map<String, String> ctx = context(rec.tableName);
    GeneratedKey generated;
    String keyArn = null;
    String grantId = null;
    try {
      if (choice.kind() == SseChoice.Kind.AWS_OWNED) {
        generated = kms.generateOwnedTableKey(ctx);
      } else {
        Caller via = via(caller);
        KmsKeyInfo info =
            choice.kind() == SseChoice.Kind.AWS_MANAGED
                ? kms.awsManagedKey(via)
                : kms.describeKey(via, choice.keyId().orElseThrow());
        requireUsable(info);
        keyArn = info.arn();
        grantId =
            kms.createGrant(via, keyArn, servicePrincipal(), servicePrincipal(), GRANT_OPERATIONS, ctx);
        generated = kms.generateDataKey(Caller.service(SERVICE), keyArn, ctx);
      }
    } catch (KmsException e) {
      throw KmsErrors.onKeySetup(e);
    }
    rec.sseKind = choice.kind();
    rec.kmsKeyArn = keyArn;
    rec.grantId = grantId;
    rec.encryptedTableKey = generated.ciphertextBlob();
    rec.wrappedKeys = ring.wrap(generated.plaintext());
    rec.keyGeneration++;
    rings.put(ringId(rec), ring);
  }

  private static void requireUsable(KmsKeyInfo info) {
    if (!info.symmetricEncryption()) {
      // DynamoDB supports only symmetric encryption KMS keys (seed 004); message chosen here.
      throw new ValidationException(
          "KMS validation error: KMS key " + info.arn() + " is not a symmetric encryption key");
    }
  }

  /**
   * The table's unwrapped data keys for a request by {@code caller}, refreshing the caller's
   * table-key entry through KMS Decrypt when it is due.
   *
   * @throws KmsException when the KMS refuses the refresh
   */
  KeyRing ringFor(TableRecord rec, Caller caller) {
    if (!rec.usesKms()) {
      return rings.computeIfAbsent(
          ringId(rec),
          id ->
              KeyRing.unwrap(
                  rec.tableName,
                  kms.decryptOwnedTableKey(rec.encryptedTableKey, context(rec.tableName)),
                  rec.wrappedKeys));
    }
    String entry = ringId(rec) + "#" + caller.principal().arn();
    Instant last = refreshedAt.get(entry);
    Instant now = clock.instant();
    if (last == null || !now.isBefore(last.plus(REFRESH_INTERVAL))) {
      SymmetricKey tableKey = decryptTableKey(rec, caller);
      refreshedAt.put(entry, now);
      return rings.computeIfAbsent(
          ringId(rec), id -> KeyRing.unwrap(rec.tableName, tableKey, rec.wrappedKeys));
    }
    return rings.get(ringId(rec));
  }

  /** Decrypts the table key as {@code caller} via DynamoDB, bypassing the cache. */
  SymmetricKey decryptTableKey(TableRecord rec, Caller caller) {
    return kms.decrypt(via(caller), rec.kmsKeyArn, rec.encryptedTableKey, context(rec.tableName));
  }

  /** Decrypts the table key as DynamoDB itself, through its grant: is the key still usable? */
  void probeAsService(TableRecord rec) {
    kms.decrypt(Caller.service(SERVICE), rec.kmsKeyArn, rec.encryptedTableKey, context(rec.tableName));
  }

  /** Opens a table key blob of any kind (used for backups, whose key may differ from the table's). */
  SymmetricKey openTableKey(
      SseChoice.Kind kind, String keyArn, byte[] blob, String tableName, Caller caller) {
    if (kind == SseChoice.Kind.AWS_OWNED) {
      return kms.decryptOwnedTableKey(blob, context(tableName));
    }
    return kms.decrypt(via(caller), keyArn, blob, context(tableName));
  }

  /** Retires a table's grant as DynamoDB (the grant's retiring principal). */
  void retireGrant(String keyArn, String grantId) {
    if (keyArn != null && grantId != null) {
      kms.retireGrant(Caller.service(SERVICE), keyArn, grantId);
    }
  }

  /** Forgets every cached key of a table (deleted or archived). */
  void forget(TableRecord rec) {
    String prefix = rec.tableId + "#";
    rings.keySet().removeIf(k -> k.startsWith(prefix));
    refreshedAt.keySet().removeIf(k -> k.startsWith(prefix));
  }

  private static String ringId(TableRecord rec) {
    return rec.tableId + "#" + rec.keyGeneration;
  }

  private static Caller via(Caller caller) {
    return Caller.via(SERVICE, caller.principal());
  }
}
