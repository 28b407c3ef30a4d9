package io.atrest.engine.kms;

import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.crypto.KeyMaterial;
import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.api.CreateKeyRequest;
import io.atrest.engine.kms.api.DescribeKeyRequest;
import io.atrest.engine.kms.api.KeyListEntry;
import io.atrest.engine.kms.api.ListKeysRequest;
import io.atrest.engine.kms.api.ListKeysResult;
import io.atrest.engine.kms.api.UpdateKeyDescriptionRequest;
import io.atrest.engine.kms.error.UnsupportedOperationException;
import io.atrest.engine.kms.error.ValidationException;
import io.atrest.engine.kms.grant.GrantOperation;
import io.atrest.policy.eval.ContextValue;
import io.atrest.policy.eval.RequestContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Creating, describing and listing keys: CreateKey, DescribeKey, ListKeys, UpdateKeyDescription.
 * State changes (enable, disable, deletion) are in {@link KeyStates}.
 */
final class KeyLifecycle {

  private static final int MAX_DESCRIPTION = 8192;

  private final KmsCore core;
  private final KeyPolicies policies;

  KeyLifecycle(KmsCore core, KeyPolicies policies) {
    this.core = core;
    this.policies = policies;
  }

  KeyMetadata create(KmsCall call, CreateKeyRequest r) {
    logCreate(call, r);
    KeyUsage usage = usage(r);
    requireDescription(r.description());
    Tags.requireAllowed(r.tags());
    String account = requireAccount(call.caller);
    RequestContext.Builder context =
        core.access
            .baseContext(call.caller)
            .put("kms:KeySpec", r.keySpec().name())
            .put("kms:KeyUsage", usage.name())
            .put("kms:KeyOrigin", r.origin().name())
            .put(
                "kms:BypassPolicyLockoutSafetyCheck",
                ContextValue.of(r.bypassPolicyLockoutSafetyCheck()));
    Tags.requestTags(context, r.tags());
    core.access.authorizeAccount(call, KmsOperation.CreateKey.action(), "*", context.build());
    if (r.origin() == Origin.EXTERNAL && !r.keySpec().isSymmetricEncryption()) {
      // INVARIANT: the engine imports symmetric material only; asymmetric import is out of scope.
      throw new UnsupportedOperationException(
          "KeySpec " + r.keySpec() + " with origin EXTERNAL is not supported by the reference KMS");
    }
    KeyRecord key = newKey(account, r, usage, core.clock.instant());
    String policy = r.policy().orElseGet(() -> PolicyTemplates.defaultKeyPolicy(account));
    if (r.policy().isPresent()) {
      policies.validate(policy, call.caller, key, r.bypassPolicyLockoutSafetyCheck());
    }
    key = key.toBuilder().policy(policy).build();
    key = withFirstMaterial(key);
    core.store.putKey(key);
    call.key(key);
    call.response(MetadataJson.of(KeyMetadata.of(key)));
    return KeyMetadata.of(key);
  }

  KeyMetadata describe(KmsCall call, DescribeKeyRequest r) {
    call.param("keyId", r.keyId());
    Grants.validateTokens(core, r.grantTokens());
    KeyRecord key =
        core.use(
            call,
            r.keyId(),
            KmsOperation.DescribeKey,
            KmsOperation.DescribeKey.action(),
            true,
            GrantOperation.DescribeKey,
            EncryptionContext.empty(),
            RequestContext.builder());
    return KeyMetadata.of(key);
  }

  ListKeysResult list(KmsCall call, ListKeysRequest r) {
    Pages.check(call, r.page());
    String account = requireAccount(call.caller);
    core.access.authorizeAccount(
        call, KmsOperation.ListKeys.action(), "*", core.access.baseContext(call.caller).build());
    List<KeyRecord> keys =
        core.store.keys().stream()
            .filter(k -> k.accountId().equals(account) && k.region().equals(core.region))
            .toList();
    // Oldest first, as the engine always listed them.
    Pages.Page<KeyRecord> page =
        Pages.page(
            KmsOperation.ListKeys,
            account,
            r.page(),
            keys,
            k -> Pages.timeCursor(k.creationDate(), k.keyId()));
    return new ListKeysResult(
        page.items().stream().map(k -> new KeyListEntry(k.keyId(), k.arn())).toList(),
        page.nextMarker());
  }

  void updateDescription(KmsCall call, UpdateKeyDescriptionRequest r) {
    call.param("description", r.description());
    requireDescription(r.description());
    KeyRecord key = core.manage(call, r.keyId(), KmsOperation.UpdateKeyDescription);
    core.store.putKey(key.toBuilder().description(r.description()).build());
  }

  private KeyRecord newKey(String account, CreateKeyRequest r, KeyUsage usage, Instant now) {
    KeyState state = r.origin() == Origin.EXTERNAL ? KeyState.PENDING_IMPORT : KeyState.ENABLED;
    return new KeyRecord(
        randomUuid(),
        account,
        core.region,
        now,
        r.description(),
        r.keySpec(),
        usage,
        r.origin(),
        KeyManager.CUSTOMER,
        state,
        null,
        "{}",
        r.tags(),
        false,
        RotationSchedule.DEFAULT_PERIOD_DAYS,
        null,
        List.of(),
        null,
        0,
        null,
        null);
  }

  /**
   * Keys of origin AWS_KMS get their material now: symmetric keys a first material version;
   * asymmetric keys a key pair and HMAC keys an HMAC key, kept as private material (these keys have
   * no material versions, and AWS gives them no {@code CurrentKeyMaterialId}).
   */
  KeyRecord withFirstMaterial(KeyRecord key) {
    if (key.origin() != Origin.AWS_KMS) {
      return key;
    }
    if (!key.isSymmetricEncryption()) {
      core.store.putPrivateMaterial(key.keyId(), KeySecrets.generate(key.keySpec(), core.random));
      return key;
    }
    KeyMaterial material = KeyMaterial.generate(core.random);
    core.store.putMaterial(key.keyId(), material);
    MaterialVersion version = new MaterialVersion(material.id(), key.creationDate(), null);
    return key.toBuilder().materials(List.of(version), material.id()).build();
  }

  /** A version 4 (random) UUID drawn from the injected random source, as KMS key ids are. */
  private String randomUuid() {
    long high = (core.random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (core.random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }

  private static KeyUsage usage(CreateKeyRequest r) {
    if (r.keyUsage().isEmpty()) {
      if (!r.keySpec().isSymmetricEncryption()) {
        throw new ValidationException(
            "You must specify a KeyUsage value for all KMS keys except for symmetric encryption"
                + " keys.");
      }
      return KeyUsage.ENCRYPT_DECRYPT;
    }
    KeyUsage usage = r.keyUsage().get();
    if (!r.keySpec().allows(usage)) {
      throw new ValidationException(
          "KeyUsage " + usage + " is not compatible with KeySpec " + r.keySpec() + ".");
    }
    return usage;
  }

  private static void requireDescription(String description) {
    if (description.length() > MAX_DESCRIPTION) {
      throw new ValidationException(
          "1 validation error detected: Value at 'description' failed to satisfy constraint: Member"
              + " must have length less than or equal to 8192");
    }
  }

  static String requireAccount(Caller caller) {
    return caller
        .account()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "service principal `"
                        + caller.principal().arn()
                        + "` has no account to act in"));
  }

  private static void logCreate(KmsCall call, CreateKeyRequest r) {
    call.param("keySpec", r.keySpec().name())
        .param("origin", r.origin().name())
        .param("description", r.description())
        .param("bypassPolicyLockoutSafetyCheck", r.bypassPolicyLockoutSafetyCheck());
    r.keyUsage().ifPresent(u -> call.param("keyUsage", u.name()));
    r.policy().ifPresent(p -> call.param("policy", p));
    if (!r.tags().isEmpty()) {
      call.param("tags", Tags.json(r.tags()));
    }
  }
}
