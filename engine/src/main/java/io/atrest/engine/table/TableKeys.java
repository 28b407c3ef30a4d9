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
import io.atrest.policy.eval.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * DynamoDB's side of the key hierarchy: obtains table keys from the KMS, and caches plaintext table
 * keys per caller and connection ({@link Caller#connection()}; a caller that names none has one
 * long-lived connection).
 *
 * <p>Caching rule (seeds 002 and 004): a caller's entry is refreshed through a real KMS Decrypt,
 * made as that caller via DynamoDB, when it is older than five minutes. A caller making any number
 * of requests within five minutes costs one Decrypt; an hour of steady traffic costs twelve. A
 * refresh is what notices key-policy, grant and key-state changes.
 *
 * <p>DynamoDB also uses its own grant for "background system maintenance" (seed 004). That use is
 * modelled as one Decrypt of the table key by DynamoDB itself (trail identity {@code AWSService}),
 * made at a caller's refresh when the table's last one is five minutes old or more, so a retired or
 * revoked grant is noticed at the next refresh. It costs at most one Decrypt per table per five
 * minutes beside the callers' own, and none while a table is idle.
 */
final class TableKeys {
  static final Duration REFRESH_INTERVAL = Duration.ofMinutes(5);
  static final List<String> GRANT_OPERATIONS =
      List.of(
          "DescribeKey",
          "GenerateDataKey",
          "Decrypt",
          "Encrypt",
          "ReEncryptFrom",
          "ReEncryptTo",
          "RetireGrant");
  private static final String SERVICE = "dynamodb";

  private final TableKeyKms kms;
  private final Clock clock;
  private final String accountId;
  private final String region;
  private final Map<RingId, KeyRing> rings = new ConcurrentHashMap<>();
  private final Map<CallerEntry, Instant> refreshedAt = new ConcurrentHashMap<>();
  private final Map<RingId, Instant> maintainedAt = new ConcurrentHashMap<>();
  // Entries past their five minutes act as absent ones, so they are dropped once the map has
  // doubled since the last sweep: a client opening a connection per request cannot grow it forever.
  private final AtomicInteger sweepAt = new AtomicInteger(MIN_SWEEP);
  private static final int MIN_SWEEP = 1024;

  /** One generation of a table's keys (a key switch starts a new one). */
  private record RingId(String tableId, int generation) {}

  /**
   * A caller's cached use, on one connection, of one generation of a table's keys. Keyed by the
   * principal record (equal exactly when the ARNs are equal) rather than a concatenated string, so
   * that a request hashes strings that cache their hashes instead of building and hashing new ones.
   */
  private record CallerEntry(RingId ring, Principal principal, Optional<String> connection) {}

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
    TableKey key = newTableKey(rec.tableName, choice, caller, ring);
    rec.sseKind = key.kind();
    rec.kmsKeyArn = key.kmsKeyArn();
    rec.grantId = key.grantId();
    rec.encryptedTableKey = key.encryptedTableKey();
    rec.wrappedKeys = key.wrappedKeys();
    rec.keyGeneration++;
    rings.put(ringId(rec), ring);
    // GenerateDataKey just went through DynamoDB's grant: that counts as its latest use.
    maintainedAt.put(ringId(rec), clock.instant());
  }

  /**
   * A new table key of the chosen kind for table {@code tableName} with {@code ring} wrapped under
   * it: DescribeKey and CreateGrant on the caller's behalf, then GenerateDataKey as DynamoDB.
   */
  TableKey newTableKey(String tableName, SseChoice choice, Caller caller, KeyRing ring) {
    Map<String, String> ctx = context(tableName);
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
            kms.createGrant(
                via, keyArn, servicePrincipal(), servicePrincipal(), GRANT_OPERATIONS, ctx);
        generated = kms.generateDataKey(Caller.service(SERVICE), keyArn, ctx);
      }
    } catch (KmsException e) {
      throw KmsErrors.onKeySetup(e);
    }
    return new TableKey(
        choice.kind(),
        keyArn,
        grantId,
        generated.ciphertextBlob(),
        ring.wrap(generated.plaintext()));
  }

  /** Decrypts a table key of this region as DynamoDB itself, through its grant. */
  void probeAsService(TableKey key, String tableName) {
    if (key.kind() != SseChoice.Kind.AWS_OWNED) {
      kms.decrypt(
          Caller.service(SERVICE), key.kmsKeyArn(), key.encryptedTableKey(), context(tableName));
    }
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
    return ringFor(rec, caller, () -> {});
  }

  /**
   * {@link #ringFor(TableRecord, Caller)}, running {@code onRefresh} right after a successful
   * refresh of the caller's entry (before the ring is returned).
   */
  KeyRing ringFor(TableRecord rec, Caller caller, Runnable onRefresh) {
    if (!rec.usesKms()) {
      return rings.computeIfAbsent(
          ringId(rec),
          id ->
              KeyRing.unwrap(
                  rec.tableName,
                  kms.decryptOwnedTableKey(rec.encryptedTableKey, context(rec.tableName)),
                  rec.wrappedKeys));
    }
    // One entry per caller and connection: a new connection starts a new entry (seed 002).
    RingId ringId = ringId(rec);
    CallerEntry entry = new CallerEntry(ringId, caller.principal(), caller.connection());
    Instant last = refreshedAt.get(entry);
    Instant now = clock.instant();
    if (last == null || !now.isBefore(last.plus(REFRESH_INTERVAL))) {
      SymmetricKey tableKey = decryptTableKey(rec, caller);
      refreshedAt.put(entry, now);
      sweepIfGrown(now);
      onRefresh.run();
      return rings.computeIfAbsent(
          ringId, id -> KeyRing.unwrap(rec.tableName, tableKey, rec.wrappedKeys));
    }
    return rings.get(ringId);
  }

  private void sweepIfGrown(Instant now) {
    int threshold = sweepAt.get();
    if (refreshedAt.size() > threshold && sweepAt.compareAndSet(threshold, Integer.MAX_VALUE)) {
      refreshedAt.values().removeIf(last -> !now.isBefore(last.plus(REFRESH_INTERVAL)));
      sweepAt.set(Math.max(MIN_SWEEP, 2 * refreshedAt.size()));
    }
  }

  /** How many caller entries the cache holds (for tests). */
  int cachedEntries() {
    return refreshedAt.size();
  }

  /**
   * The table's data keys as DynamoDB itself holds them for replication: opened through its own
   * grant (a Decrypt as DynamoDB) when no one has them cached yet. A revoked key is noticed by the
   * replica checks ({@link #probeAsService(TableKey, String)}), not here.
   *
   * @throws KmsException when the KMS refuses the Decrypt
   */
  KeyRing serviceRing(TableRecord rec) {
    return rings.computeIfAbsent(
        ringId(rec),
        id ->
            KeyRing.unwrap(
                rec.tableName,
                rec.usesKms()
                    ? kms.decrypt(
                        Caller.service(SERVICE),
                        rec.kmsKeyArn,
                        rec.encryptedTableKey,
                        context(rec.tableName))
                    : kms.decryptOwnedTableKey(rec.encryptedTableKey, context(rec.tableName)),
                rec.wrappedKeys));
  }

  /** Decrypts the table key as {@code caller} via DynamoDB, bypassing the cache. */
  SymmetricKey decryptTableKey(TableRecord rec, Caller caller) {
    return kms.decrypt(via(caller), rec.kmsKeyArn, rec.encryptedTableKey, context(rec.tableName));
  }

  /** Decrypts the table key as DynamoDB itself, through its grant: is the key still usable? */
  void probeAsService(TableRecord rec) {
    kms.decrypt(
        Caller.service(SERVICE), rec.kmsKeyArn, rec.encryptedTableKey, context(rec.tableName));
    maintainedAt.put(ringId(rec), clock.instant());
  }

  /** DynamoDB's maintenance use of its grant, when five minutes have passed since the last. */
  void maintain(TableRecord rec) {
    Instant last = maintainedAt.get(ringId(rec));
    if (rec.usesKms() && (last == null || !clock.instant().isBefore(last.plus(REFRESH_INTERVAL)))) {
      probeAsService(rec);
    }
  }

  /**
   * Decrypts the table key for the table's creator via DynamoDB: the principal on whose behalf
   * DynamoDB was given the key (seed 004). A creator since removed from IAM says nothing about the
   * key, so it counts as able.
   */
  boolean creatorCanUse(TableRecord rec) {
    try {
      decryptTableKey(rec, Caller.direct(Principal.parse(rec.creatorPrincipalArn)));
      return true;
    } catch (KmsException refused) {
      return false;
    } catch (IllegalArgumentException unknownCreator) {
      return true;
    }
  }

  /**
   * Opens a table key blob of any kind (used for backups, whose key may differ from the table's).
   */
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
      try {
        kms.retireGrant(Caller.service(SERVICE), keyArn, grantId);
      } catch (KmsException alreadyGone) {
        // The grant was revoked or retired by someone else (or its key deleted): the failed
        // RetireGrant stays in the trail, and the table goes away all the same.
      }
    }
  }

  /** Forgets every cached key of a table (deleted or archived). */
  void forget(TableRecord rec) {
    rings.keySet().removeIf(k -> k.tableId().equals(rec.tableId));
    refreshedAt.keySet().removeIf(k -> k.ring().tableId().equals(rec.tableId));
    maintainedAt.keySet().removeIf(k -> k.tableId().equals(rec.tableId));
  }

  private static RingId ringId(TableRecord rec) {
    return new RingId(rec.tableId, rec.keyGeneration);
  }

  /**
   * DynamoDB on the caller's behalf, keeping the access key the caller signed with (CloudTrail
   * shows it).
   */
  private static Caller via(Caller caller) {
    Caller via = Caller.via(SERVICE, caller.principal());
    return caller.accessKeyId().map(via::withAccessKeyId).orElse(via);
  }
}
