package io.atrest.engine.kms;

import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.identity.Caller;
import io.atrest.engine.identity.GlobalConditionKeys;
import io.atrest.engine.identity.IamRegistry;
import io.atrest.engine.identity.IdentityPolicy;
import io.atrest.engine.identity.Lru;
import io.atrest.engine.kms.error.AccessDeniedException;
import io.atrest.engine.kms.grant.GrantOperation;
import io.atrest.engine.kms.grant.GrantRecord;
import io.atrest.engine.kms.grant.GrantRules;
import io.atrest.engine.store.KmsStore;
import io.atrest.policy.Decision;
import io.atrest.policy.KeyPolicyAuthorizer;
import io.atrest.policy.Outcome;
import io.atrest.policy.PolicyEvaluator;
import io.atrest.policy.Reason;
import io.atrest.policy.eval.AuthorizationRequest;
import io.atrest.policy.eval.ContextValue;
import io.atrest.policy.eval.Principal;
import io.atrest.policy.eval.RequestContext;
import io.atrest.policy.model.PolicyDocument;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Authorizes every KMS call: the key policy and the caller's identity policies through {@link
 * KeyPolicyAuthorizer}, then grants. A grant can turn an implicit deny into an allow, never an
 * explicit deny. The decision is kept on the call (for the trail) and carried by the {@link
 * AccessDeniedException}, with a reason naming the grant that allowed or saying that none applied.
 */
final class AccessControl {

  private final IamRegistry iam;
  private final KmsStore store;
  private final PolicyCache policies;
  private final Clock clock;
  private final String region;
  private final KeyPolicyAuthorizer authorizer = new KeyPolicyAuthorizer();
  private final PolicyEvaluator evaluator = new PolicyEvaluator();
  private final DecisionCache decisions = new DecisionCache();
  // The parts of request contexts, and the contexts built from them, for the callers and keys
  // seen last: a context has some fifteen keys, and building one was a good part of a call.
  private final Lru<BaseInputs, RequestContext> baseLayers = new Lru<>(16);
  private final Lru<KeyInputs, RequestContext> keyLayers = new Lru<>(64);
  private final Lru<Parts, RequestContext> contexts = new Lru<>(64);
  private volatile TimeKeys lastTime;
  // The last answer of each layer, found by reference before any key object is made or hashed: a
  // caller repeating a request hands over the same objects, and the layers below are shared.
  private volatile LastBase lastBase;
  private volatile LastKeyLayer lastKeyLayer;
  private volatile LastContext lastContext;

  AccessControl(IamRegistry iam, KmsStore store, PolicyCache policies, Clock clock, String region) {
    this.iam = iam;
    this.store = store;
    this.policies = policies;
    this.clock = clock;
    this.region = region;
  }

  /** Condition keys every request carries: who calls, through which service, from where, when. */
  RequestContext.Builder baseContext(Caller caller) {
    return baseLayer(caller).toBuilder();
  }

  /**
   * The condition keys of a request on {@code key}: those of every request, those describing the
   * key, {@code kms:RequestAlias} when the request named the key by alias, then {@code extra}, each
   * later key replacing an earlier one. Built once per distinct set of parts and shared, so a
   * repeated request yields the very same (immutable) context.
   */
  RequestContext keyRequestContext(
      Caller caller, KeyRecord key, Optional<String> requestAlias, RequestContext extra) {
    RequestContext base = baseLayer(caller);
    RequestContext keyKeys = keyLayer(key);
    LastContext last = lastContext;
    if (last != null
        && last.base() == base
        && last.key() == keyKeys
        && last.extra() == extra
        && last.requestAlias().equals(requestAlias)) {
      return last.context();
    }
    RequestContext context =
        contexts.computeIfAbsent(
            new Parts(base, keyKeys, requestAlias, extra),
            p -> {
              RequestContext.Builder built = p.base().toBuilder().putAll(p.key());
              p.requestAlias().ifPresent(a -> built.put("kms:RequestAlias", a));
              return built.putAll(p.extra()).build();
            });
    lastContext = new LastContext(base, keyKeys, requestAlias, extra, context);
    return context;
  }

  private record LastContext(
      RequestContext base,
      RequestContext key,
      Optional<String> requestAlias,
      RequestContext extra,
      RequestContext context) {}

  /** The parts of a key request's context; each is a value, so equal parts give equal contexts. */
  private record Parts(
      RequestContext base,
      RequestContext key,
      Optional<String> requestAlias,
      RequestContext extra) {}

  /** The base keys of {@code caller} at the clock's current readings. */
  private RequestContext baseLayer(Caller caller) {
    TimeKeys time = timeKeys(clock.instant());
    LastBase last = lastBase;
    if (last != null && last.caller() == caller && last.time() == time) {
      return last.context();
    }
    RequestContext context =
        baseLayers.computeIfAbsent(
            new BaseInputs(caller, time), in -> buildBase(in.caller(), in.time().keys()));
    lastBase = new LastBase(caller, time, context);
    return context;
  }

  private record LastBase(Caller caller, TimeKeys time, RequestContext context) {}

  /** What the base keys are computed from: the caller and the time keys (an immutable builder). */
  private record BaseInputs(Caller caller, TimeKeys time) {}

  private RequestContext buildBase(Caller caller, RequestContext.Builder time) {
    RequestContext.Builder context = RequestContext.builder();
    caller.viaServiceHost(region).ifPresent(v -> context.put("kms:ViaService", v));
    return context.putAll(GlobalConditionKeys.of(caller)).putAll(time).build();
  }

  /**
   * The time keys of the clock's current second, remembered for the last second: formatting an
   * instant is a cost, and a virtual clock, or a busy real one within a second, repeats it.
   */
  private TimeKeys timeKeys(Instant reading) {
    Instant second = reading.truncatedTo(ChronoUnit.SECONDS);
    TimeKeys last = lastTime;
    if (last == null || !last.second().equals(second)) {
      last = new TimeKeys(second, GlobalConditionKeys.time(second));
      lastTime = last;
    }
    return last;
  }

  /** The time keys of one second; {@code keys} is never changed once built. */
  private record TimeKeys(Instant second, RequestContext.Builder keys) {}

  /** Adds the keys that describe the key itself, for key resource operations. */
  RequestContext.Builder keyContext(RequestContext.Builder context, KeyRecord key) {
    return context.putAll(keyLayer(key));
  }

  /** The keys that describe {@code key}: its spec, usage, origin and the aliases naming it. */
  private RequestContext keyLayer(KeyRecord key) {
    List<String> aliases = aliasesOf(key.keyId());
    LastKeyLayer last = lastKeyLayer;
    if (last != null
        && last.inputs().keySpec() == key.keySpec()
        && last.inputs().keyUsage() == key.keyUsage()
        && last.inputs().origin() == key.origin()
        && last.inputs().aliases().equals(aliases)) {
      return last.context();
    }
    KeyInputs inputs = new KeyInputs(key.keySpec(), key.keyUsage(), key.origin(), aliases);
    RequestContext context = keyLayers.computeIfAbsent(inputs, AccessControl::buildKeyLayer);
    lastKeyLayer = new LastKeyLayer(inputs, context);
    return context;
  }

  private record LastKeyLayer(KeyInputs inputs, RequestContext context) {}

  /**
   * The names of the aliases of {@code keyId}, sorted (immutable). The store's aliases are read in
   * place rather than copied: this runs on every key operation, and most keys have no alias.
   */
  private List<String> aliasesOf(String keyId) {
    List<String> names = new ArrayList<>(0);
    store.forEachAlias(
        alias -> {
          if (alias.targetKeyId().equals(keyId)) {
            names.add(alias.aliasName());
          }
        });
    if (names.isEmpty()) {
      return List.of();
    }
    names.sort(null);
    return List.copyOf(names);
  }

  private static RequestContext buildKeyLayer(KeyInputs in) {
    RequestContext.Builder context = RequestContext.builder();
    context.put("kms:KeySpec", in.keySpec().name());
    context.put("kms:KeyUsage", in.keyUsage().name());
    context.put("kms:KeyOrigin", in.origin().name());
    context.put("kms:MultiRegion", ContextValue.of(false));
    context.put("kms:ResourceAliases", ContextValue.ofList(in.aliases()));
    return context.build();
  }

  /** What the key's condition keys are computed from. */
  private record KeyInputs(
      KeySpec keySpec, KeyUsage keyUsage, Origin origin, List<String> aliases) {}

  /** Adds {@code kms:EncryptionContext:<k>} per pair and {@code kms:EncryptionContextKeys}. */
  static RequestContext.Builder encryptionContext(
      RequestContext.Builder context, EncryptionContext ec) {
    return context.putAll(EcKeys.of(ec).keys);
  }

  /**
   * The keys of a symmetric cryptographic operation: {@code extra}, then those of {@code ec} (as
   * {@link #encryptionContext}), then {@code kms:EncryptionAlgorithm}. Without extra keys, the case
   * of Encrypt, Decrypt and GenerateDataKey, the result is remembered with the context's keys.
   */
  static RequestContext symmetricKeys(RequestContext.Builder extra, EncryptionContext ec) {
    if (extra.isEmpty()) {
      return symmetricKeys(ec);
    }
    return encryptionContext(extra, ec)
        .put("kms:EncryptionAlgorithm", CryptoOperations.ALGORITHM)
        .build();
  }

  /** As {@link #symmetricKeys(RequestContext.Builder, EncryptionContext)} without extra keys. */
  static RequestContext symmetricKeys(EncryptionContext ec) {
    return EcKeys.of(ec).symmetric;
  }

  /**
   * The condition keys of the last encryption context seen: callers usually send the same context
   * again and again, and deriving the keys (names, values, key list) is a good part of a call.
   * Immutable once built; {@link #last} is a racy but safe single-entry cache.
   */
  private static final class EcKeys {
    private static volatile EcKeys last;

    private final EncryptionContext context;
    private final RequestContext.Builder keys = RequestContext.builder();
    private final RequestContext symmetric;

    private EcKeys(EncryptionContext ec) {
      this.context = ec;
      ec.asMap().forEach((k, v) -> keys.put("kms:EncryptionContext:" + k, v));
      keys.put("kms:EncryptionContextKeys", ContextValue.ofList(List.copyOf(ec.asMap().keySet())));
      symmetric =
          RequestContext.builder()
              .putAll(keys)
              .put("kms:EncryptionAlgorithm", CryptoOperations.ALGORITHM)
              .build();
    }

    static EcKeys of(EncryptionContext ec) {
      EcKeys cached = last;
      if (cached != null && (cached.context == ec || cached.context.equals(ec))) {
        return cached;
      }
      EcKeys fresh = new EcKeys(ec);
      last = fresh;
      return fresh;
    }
  }

  /** What a grant must satisfy to allow a call the policies do not allow, and how to name it. */
  record GrantCheck(String what, Predicate<GrantRecord> applies) {}

  /**
   * Authorizes {@code action} on {@code key}, falling back to the key's grants for {@code
   * grantOperation} with {@code ec} when the policies do not allow.
   *
   * @throws AccessDeniedException with the decision when nothing allows or something denies
   */
  Decision authorizeKey(
      KmsCall call,
      KeyRecord key,
      String action,
      RequestContext context,
      Optional<GrantOperation> grantOperation,
      EncryptionContext ec) {
    Principal principal = call.caller.principal();
    Decision decision = policyDecision(principal, key, action, context);
    // The grant check is made only when the policies leave it to the grants: most calls are
    // allowed by a policy, and the check is two objects per call.
    if (decision.outcome() == Outcome.IMPLICIT_DENY && grantOperation.isPresent()) {
      GrantOperation op = grantOperation.get();
      decision =
          withGrant(
              decision,
              key,
              principal,
              new GrantCheck(op.name(), g -> GrantRules.allows(g, principal, region, op, ec)));
    }
    return conclude(call, principal, action, key, decision);
  }

  /** Authorizes {@code action} on {@code key}, falling back to grants that pass {@code check}. */
  Decision authorizeKey(
      KmsCall call,
      KeyRecord key,
      String action,
      RequestContext context,
      Optional<GrantCheck> check) {
    Principal principal = call.caller.principal();
    Decision decision = policyDecision(principal, key, action, context);
    if (decision.outcome() == Outcome.IMPLICIT_DENY && check.isPresent()) {
      decision = withGrant(decision, key, principal, check.get());
    }
    return conclude(call, principal, action, key, decision);
  }

  /** The decision of the key policy with the caller's identity policies, before grants. */
  private Decision policyDecision(
      Principal principal, KeyRecord key, String action, RequestContext context) {
    AuthorizationRequest request = new AuthorizationRequest(principal, action, key.arn(), context);
    PolicyDocument keyPolicy = policies.keyPolicy(key.policy());
    List<IdentityPolicy> identity = iam.policiesFor(principal);
    return decisions.decide(
        request,
        keyPolicy,
        identity,
        () -> authorizer.authorize(request, keyPolicy, documents(identity)));
  }

  /** Keeps the final decision on the call; throws the denial AWS answers unless it allows. */
  private static Decision conclude(
      KmsCall call, Principal principal, String action, KeyRecord key, Decision decision) {
    call.decision(decision);
    if (!decision.isAllowed()) {
      throw denied(principal, action, key.arn(), decision, true);
    }
    return decision;
  }

  /**
   * Authorizes an action that no key policy governs (CreateKey, ListKeys, ListAliases,
   * GenerateRandom, the alias side of alias operations): the caller's identity policies alone; the
   * account root user is allowed unless a policy denies.
   */
  Decision authorizeAccount(KmsCall call, String action, String resource, RequestContext context) {
    Principal principal = call.caller.principal();
    AuthorizationRequest request = new AuthorizationRequest(principal, action, resource, context);
    List<Reason> reasons = new ArrayList<>();
    boolean allowed = principal instanceof Principal.AccountRoot;
    boolean denied = false;
    if (allowed) {
      reasons.add(Reason.note("iam", "the account root user has full access unless denied"));
    }
    for (PolicyDocument policy : identityPolicies(principal)) {
      Decision one = evaluator.evaluate(request, policy, false);
      reasons.addAll(one.reasons());
      denied |= one.outcome() == Outcome.EXPLICIT_DENY;
      allowed |= one.outcome() == Outcome.ALLOW;
    }
    Outcome outcome =
        denied ? Outcome.EXPLICIT_DENY : allowed ? Outcome.ALLOW : Outcome.IMPLICIT_DENY;
    Decision decision = new Decision(outcome, reasons);
    call.decision(decision);
    if (!decision.isAllowed()) {
      throw denied(principal, action, resource, decision, false);
    }
    return decision;
  }

  private Decision withGrant(
      Decision decision, KeyRecord key, Principal principal, GrantCheck check) {
    List<Reason> reasons = new ArrayList<>(decision.reasons());
    Optional<GrantRecord> grant =
        grants(key).stream()
            .sorted(
                Comparator.comparing(GrantRecord::creationDate).thenComparing(GrantRecord::grantId))
            .filter(check.applies())
            .findFirst();
    if (grant.isPresent()) {
      reasons.add(
          new Reason(
              "grant:" + grant.get().grantId(),
              "",
              Optional.empty(),
              Reason.Kind.ALLOWED_BY,
              "grant to " + grant.get().granteePrincipal() + " allows " + check.what(),
              List.of()));
      return new Decision(Outcome.ALLOW, reasons);
    }
    reasons.add(
        Reason.note(
            "grants", "no grant of the key allows " + check.what() + " to " + principal.arn()));
    return new Decision(Outcome.IMPLICIT_DENY, reasons);
  }

  List<GrantRecord> grants(KeyRecord key) {
    return store.grants().stream().filter(g -> g.keyId().equals(key.keyId())).toList();
  }

  List<PolicyDocument> identityPolicies(Principal principal) {
    return documents(iam.policiesFor(principal));
  }

  private static List<PolicyDocument> documents(List<IdentityPolicy> policies) {
    return policies.stream().map(IdentityPolicy::document).toList();
  }

  /** AWS's message for each kind of denial, as recorded in CloudTrail [PAGES-AD]. */
  static AccessDeniedException denied(
      Principal principal,
      String action,
      String resource,
      Decision decision,
      boolean resourcePolicy) {
    String head =
        "User: "
            + principal.arn()
            + " is not authorized to perform: "
            + action
            + " on resource: "
            + resource;
    String tail;
    if (decision.outcome() == Outcome.EXPLICIT_DENY) {
      boolean inKeyPolicy =
          decision.determining().stream().anyMatch(r -> r.source().equals(PolicyCache.KEY_POLICY));
      tail =
          " with an explicit deny in "
              + (inKeyPolicy ? "a resource-based policy" : "an identity-based policy");
    } else {
      tail =
          " because no "
              + (resourcePolicy ? "resource-based" : "identity-based")
              + " policy allows the "
              + action
              + " action";
    }
    return new AccessDeniedException(head + tail, decision);
  }
}
