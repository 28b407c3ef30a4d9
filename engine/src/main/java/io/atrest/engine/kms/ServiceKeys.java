package io.atrest.engine.kms;

import io.atrest.engine.crypto.KeyMaterial;
import io.atrest.engine.identity.Caller;
import io.atrest.engine.trail.KeyKind;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The keys AWS services own or manage: the AWS managed key {@code aws/dynamodb} of an account,
 * created on first use with the documented description and key policy and rotated yearly [seed
 * 004]; and AWS owned keys, one per service and region. Nobody can change an AWS managed key: its
 * policy allows no PutKeyPolicy, DisableKey, ScheduleKeyDeletion or rotation change, so KMS answers
 * those with AccessDenied, which is how AWS refuses them.
 */
final class ServiceKeys {

  static final String DYNAMODB = "dynamodb";
  static final String DYNAMODB_ALIAS = "alias/aws/dynamodb";
  static final String DYNAMODB_DESCRIPTION =
      "Default key that protects my DynamoDB data when no other key is defined";
  private static final String OWNED_MATERIAL_PREFIX = "aws-owned-material-";

  private final KmsCore core;
  private final KeyLifecycle lifecycle;

  /** When each AWS owned key's first material version was made, by key id. */
  private final Map<String, Instant> ownedSince = new ConcurrentHashMap<>();

  ServiceKeys(KmsCore core, KeyLifecycle lifecycle) {
    this.core = core;
    this.lifecycle = lifecycle;
  }

  /**
   * Creates the AWS managed key when a DescribeKey names the predefined alias {@code
   * alias/aws/dynamodb} of the caller's own account (by name, or by its alias ARN in this Region)
   * before DynamoDB has used it: "If you call the DescribeKey operation on a predefined AWS alias,
   * that is, an AWS alias with no key ID, KMS creates an AWS managed key. Then, it associates the
   * alias with the new KMS key" (DescribeKey API reference). The engine knows the key policy of
   * DynamoDB's managed key only, so the other predefined aliases still name no key.
   */
  void createOnDescribe(Caller caller, String keyId) {
    caller
        .account()
        .filter(account -> namesDynamoDbAlias(keyId, account))
        .ifPresent(account -> awsManagedKey(DYNAMODB, account));
  }

  private boolean namesDynamoDbAlias(String keyId, String account) {
    return DYNAMODB_ALIAS.equals(keyId)
        || AliasRecord.arn(core.region, account, DYNAMODB_ALIAS).equals(keyId);
  }

  /** The {@code aws/dynamodb} key of {@code account}, created now if it does not exist yet. */
  KeyRecord awsManagedKey(String service, String account) {
    if (!DYNAMODB.equals(service)) {
      throw new IllegalArgumentException(
          "the engine knows the AWS managed key of `dynamodb` only, not of `" + service + "`");
    }
    if (core.iam.account(account).isEmpty()) {
      throw new IllegalArgumentException("account `" + account + "` is not registered");
    }
    String aliasArn = AliasRecord.arn(core.region, account, DYNAMODB_ALIAS);
    return core.store
        .alias(aliasArn)
        .flatMap(a -> core.store.key(a.targetKeyId()))
        .orElseGet(() -> createManaged(account));
  }

  private KeyRecord createManaged(String account) {
    Instant now = core.clock.instant();
    KeyRecord key =
        new KeyRecord(
            randomId(),
            account,
            core.region,
            now,
            DYNAMODB_DESCRIPTION,
            KeySpec.SYMMETRIC_DEFAULT,
            KeyUsage.ENCRYPT_DECRYPT,
            Origin.AWS_KMS,
            KeyManager.AWS,
            KeyState.ENABLED,
            null,
            PolicyTemplates.awsDynamoDbKeyPolicy(account, core.region),
            Map.of(),
            true,
            RotationSchedule.DEFAULT_PERIOD_DAYS,
            now.plus(Duration.ofDays(RotationSchedule.DEFAULT_PERIOD_DAYS)),
            List.of(),
            null,
            0,
            null,
            null);
    key = lifecycle.withFirstMaterial(key);
    core.store.putKey(key);
    core.store.putAlias(
        new AliasRecord(DYNAMODB_ALIAS, account, core.region, key.keyId(), now, now));
    return key;
  }

  /**
   * The AWS owned key {@code service} uses in this region, with the material versions the clock has
   * made due: one at first use, then one per {@link AwsOwnedKey#ROTATION_PERIOD}, made when the key
   * is next used (nobody can observe the key in between). Material persists in the store.
   */
  AwsOwnedKey awsOwnedKey(String service) {
    String keyId =
        UUID.nameUUIDFromBytes(
                ("aws-owned:" + service + ":" + core.region).getBytes(StandardCharsets.UTF_8))
            .toString();
    Instant now = core.clock.instant();
    Instant since = ownedSince.computeIfAbsent(keyId, id -> firstVersionTime(id, now));
    long days = Math.max(0, Duration.between(since, now).toDays());
    long due = 1 + days / AwsOwnedKey.ROTATION_PERIOD.toDays();
    Map<AwsOwnedKey.MaterialVersion, KeyMaterial> versions = new LinkedHashMap<>();
    for (int n = 1; n <= due || core.store.material(keyId, ownedMaterialId(n)).isPresent(); n++) {
      String id = ownedMaterialId(n);
      KeyMaterial material =
          core.store
              .material(keyId, id)
              .orElseGet(
                  () -> {
                    KeyMaterial fresh =
                        KeyMaterial.of(id, KeyMaterial.generate(core.random).secret());
                    core.store.putMaterial(keyId, fresh);
                    return fresh;
                  });
      Instant created = since.plus(AwsOwnedKey.ROTATION_PERIOD.multipliedBy(n - 1L));
      versions.put(new AwsOwnedKey.MaterialVersion(n, id, created), material);
    }
    return new AwsOwnedKey(keyId, versions, core.random);
  }

  /**
   * When the owned key's first version was made: as the store recorded it; on first use, now. A
   * store written before epochs were recorded holds material but no epoch: its epoch is taken as if
   * the last version had just been made, and recorded, so it stays fixed from then on.
   */
  private Instant firstVersionTime(String keyId, Instant now) {
    return core.store
        .ownedKeyEpoch(keyId)
        .orElseGet(
            () -> {
              int stored = 0;
              while (core.store.material(keyId, ownedMaterialId(stored + 1)).isPresent()) {
                stored++;
              }
              Instant epoch =
                  now.minus(AwsOwnedKey.ROTATION_PERIOD.multipliedBy(Math.max(0, stored - 1)));
              core.store.putOwnedKeyEpoch(keyId, epoch);
              return epoch;
            });
  }

  private static String ownedMaterialId(int version) {
    return OWNED_MATERIAL_PREFIX + version;
  }

  /** The kind of every key of the region, by ARN, for the trail's cost estimates. */
  Map<String, KeyKind> keyKinds() {
    Map<String, KeyKind> kinds = new LinkedHashMap<>();
    core.store.keys().stream()
        .filter(k -> k.region().equals(core.region))
        .forEach(
            k ->
                kinds.put(
                    k.arn(),
                    k.keyManager() == KeyManager.AWS
                        ? KeyKind.AWS_MANAGED
                        : KeyKind.CUSTOMER_MANAGED));
    return kinds;
  }

  private String randomId() {
    long high = (core.random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (core.random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }
}
