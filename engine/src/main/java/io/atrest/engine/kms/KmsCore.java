package io.atrest.engine.kms;

import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.crypto.NonceSource;
import io.atrest.engine.identity.IamRegistry;
import io.atrest.engine.kms.grant.GrantOperation;
import io.atrest.engine.store.KmsStore;
import io.atrest.policy.eval.ContextValue;
import io.atrest.policy.eval.RequestContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;

/**
 * The collaborators every concern of the KMS shares (store, clock, randomness, resolution,
 * authorization, audit), with the steps most operations take in the same order: resolve the key,
 * authorize, check the key state.
 */
final class KmsCore {

  final Clock clock;
  final SecureRandom random;
  final NonceSource nonces;
  final KmsStore store;
  final IamRegistry iam;
  final String region;
  final KeyResolver resolver;
  final AccessControl access;
  final KmsAudit audit;
  final PolicyCache policies;

  KmsCore(
      Clock clock,
      SecureRandom random,
      NonceSource nonces,
      KmsStore store,
      IamRegistry iam,
      String region,
      KmsAudit audit) {
    this.clock = clock;
    this.random = random;
    this.nonces = nonces;
    this.store = store;
    this.iam = iam;
    this.region = region;
    this.audit = audit;
    this.policies = new PolicyCache();
    this.resolver = new KeyResolver(store, region);
    this.access = new AccessControl(iam, store, policies, clock, region);
  }

  /** The condition keys of a key resource operation, without operation-specific ones. */
  RequestContext.Builder context(KmsCall call, KeyRecord key, Optional<String> requestAlias) {
    RequestContext.Builder context = access.keyContext(access.baseContext(call.caller), key);
    requestAlias.ifPresent(a -> context.put("kms:RequestAlias", a));
    return context;
  }

  /**
   * The usual management step: resolve a key id or ARN, authorize {@code op} by the policies only,
   * check the key state. Returns the key.
   */
  KeyRecord manage(KmsCall call, String keyId, KmsOperation op) {
    call.param("keyId", keyId);
    KeyRecord key = resolver.resolveKey(call, keyId);
    access.authorizeKey(
        call,
        key,
        op.action(),
        context(call, key, Optional.empty()).build(),
        Optional.empty(),
        EncryptionContext.empty());
    KeyStateRules.require(op, key);
    return key;
  }

  /** Like {@link #manage} with extra condition keys. */
  KeyRecord manage(
      KmsCall call, String keyId, KmsOperation op, String conditionKey, ContextValue value) {
    call.param("keyId", keyId);
    KeyRecord key = resolver.resolveKey(call, keyId);
    RequestContext context = context(call, key, Optional.empty()).put(conditionKey, value).build();
    access.authorizeKey(
        call, key, op.action(), context, Optional.empty(), EncryptionContext.empty());
    KeyStateRules.require(op, key);
    return key;
  }

  /**
   * Resolves, authorizes {@code action} with a grant fallback for {@code grantOp}, and checks the
   * state for {@code op}.
   */
  KeyRecord use(
      KmsCall call,
      String keyId,
      KmsOperation op,
      String action,
      boolean aliasAllowed,
      GrantOperation grantOp,
      EncryptionContext ec,
      RequestContext.Builder extra) {
    return use(call, keyId, op, action, aliasAllowed, grantOp, ec, extra.build());
  }

  /** As the method above, with the extra keys built. */
  KeyRecord use(
      KmsCall call,
      String keyId,
      KmsOperation op,
      String action,
      boolean aliasAllowed,
      GrantOperation grantOp,
      EncryptionContext ec,
      RequestContext extra) {
    KeyResolver.Resolved resolved = resolver.resolve(call, keyId, aliasAllowed);
    KeyRecord key = resolved.key();
    RequestContext context =
        access.keyRequestContext(call.caller, key, resolved.requestAlias(), extra);
    access.authorizeKey(call, key, action, context, Optional.of(grantOp), ec);
    KeyStateRules.require(op, key);
    return key;
  }
}
