package io.atrest.engine.kms;

import io.atrest.engine.kms.api.GrantListEntry;
import io.atrest.engine.kms.api.ListGrantsRequest;
import io.atrest.engine.kms.api.ListGrantsResult;
import io.atrest.engine.kms.api.ListRetirableGrantsRequest;
import io.atrest.engine.kms.api.PageRequest;
import io.atrest.engine.kms.api.RetireGrantRequest;
import io.atrest.engine.kms.api.RevokeGrantRequest;
import io.atrest.engine.kms.error.AccessDeniedException;
import io.atrest.engine.kms.error.DryRunOperationException;
import io.atrest.engine.kms.error.InvalidGrantIdException;
import io.atrest.engine.kms.error.InvalidGrantTokenException;
import io.atrest.engine.kms.error.NotFoundException;
import io.atrest.engine.kms.error.ValidationException;
import io.atrest.engine.kms.grant.GrantOperation;
import io.atrest.engine.kms.grant.GrantRecord;
import io.atrest.engine.kms.grant.GrantRules;
import io.atrest.policy.Decision;
import io.atrest.policy.Outcome;
import io.atrest.policy.Reason;
import io.atrest.policy.eval.ContextValue;
import io.atrest.policy.eval.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * ListGrants, ListRetirableGrants, RetireGrant and RevokeGrant [KMS-GM]. RevokeGrant and ListGrants
 * are authorized by policy; RetireGrant by the grant itself: its retiring principal, its grantee
 * when it allows RetireGrant, or a principal of the issuing account that IAM allows {@code
 * kms:RetireGrant} (the root user always); an IAM Deny on {@code kms:RetireGrant} still applies.
 */
final class GrantRetirement {

  private static final Pattern GRANT_ID = Pattern.compile("[0-9a-f]{64}");

  private final KmsCore core;

  GrantRetirement(KmsCore core) {
    this.core = core;
  }

  ListGrantsResult list(KmsCall call, ListGrantsRequest r) {
    call.param("keyId", r.keyId());
    r.grantId().ifPresent(id -> call.param("grantId", id));
    r.granteePrincipal().ifPresent(p -> call.param("granteePrincipal", p));
    Pages.check(call, r.page());
    KeyRecord key =
        core.manage(
            call,
            r.keyId(),
            KmsOperation.ListGrants,
            "kms:GrantIsForAWSResource",
            ContextValue.of(call.caller.viaService().isPresent()));
    List<GrantRecord> grants =
        core.access.grants(key).stream()
            .filter(g -> r.grantId().map(g.grantId()::equals).orElse(true))
            .filter(g -> r.granteePrincipal().map(g.granteePrincipal()::equals).orElse(true))
            .toList();
    String scope =
        key.arn() + '\n' + r.grantId().orElse("") + '\n' + r.granteePrincipal().orElse("");
    return grantPage(KmsOperation.ListGrants, scope, r.page(), grants);
  }

  /**
   * The grants of this Region whose retiring principal is exactly the one named, on keys of any
   * account. Per the API reference, KMS "authorizes ListRetirableGrants requests by evaluating the
   * caller account's kms:ListRetirableGrants permissions. The authorized resource ... is the
   * retiring principal specified in the request", and the caller "must specify a principal in your
   * AWS account": an IAM policy of the caller's account on that ARN is what counts, never a key
   * policy, and a principal of another account is denied (its account alone could allow it).
   */
  ListGrantsResult listRetirable(KmsCall call, ListRetirableGrantsRequest r) {
    call.param("retiringPrincipal", r.retiringPrincipal());
    Pages.check(call, r.page(), RetiringPrincipals.memberErrors(r.retiringPrincipal()));
    String account = KeyLifecycle.requireAccount(call.caller);
    Principal retiring = RetiringPrincipals.parse(r.retiringPrincipal());
    RetiringPrincipals.requireOwnAccount(call, retiring, account);
    core.access.authorizeAccount(
        call,
        KmsOperation.ListRetirableGrants.action(),
        r.retiringPrincipal(),
        core.access.baseContext(call.caller).build());
    List<GrantRecord> grants =
        core.store.grants().stream()
            .filter(g -> r.retiringPrincipal().equals(g.retiringPrincipal()))
            .filter(
                g ->
                    core.store
                        .key(g.keyId())
                        .map(k -> k.region().equals(core.region))
                        .orElse(false))
            .toList();
    return grantPage(KmsOperation.ListRetirableGrants, r.retiringPrincipal(), r.page(), grants);
  }

  /** Grants oldest first, as the engine always listed them. */
  private static ListGrantsResult grantPage(
      KmsOperation op, String scope, PageRequest request, List<GrantRecord> grants) {
    Pages.Page<GrantRecord> page =
        Pages.page(
            op, scope, request, grants, g -> Pages.timeCursor(g.creationDate(), g.grantId()));
    return new ListGrantsResult(
        page.items().stream().map(GrantRetirement::entry).toList(), page.nextMarker());
  }

  void retire(KmsCall call, RetireGrantRequest r) {
    r.keyId().ifPresent(k -> call.param("keyId", k));
    r.grantId().ifPresent(g -> call.param("grantId", g));
    GrantRecord grant = grantToRetire(call, r);
    KeyRecord key =
        core.store.key(grant.keyId()).orElseThrow(() -> KeyResolver.notFound(grant.keyArn()));
    call.key(key);
    call.decision(requireMayRetire(call, key, grant));
    if (r.dryRun()) {
      throw new DryRunOperationException(GrantBook.DRY_RUN);
    }
    core.store.deleteGrant(grant.grantId());
  }

  void revoke(KmsCall call, RevokeGrantRequest r) {
    call.param("grantId", r.grantId());
    KeyRecord key =
        core.manage(
            call,
            r.keyId(),
            KmsOperation.RevokeGrant,
            "kms:GrantIsForAWSResource",
            ContextValue.of(call.caller.viaService().isPresent()));
    GrantRecord grant = grantOfKey(key, r.grantId());
    if (r.dryRun()) {
      throw new DryRunOperationException(GrantBook.DRY_RUN);
    }
    core.store.deleteGrant(grant.grantId());
  }

  private GrantRecord grantToRetire(KmsCall call, RetireGrantRequest r) {
    if (r.grantToken().isPresent()) {
      return Grants.grantOf(core.store, r.grantToken().get())
          .orElseThrow(
              () ->
                  new InvalidGrantTokenException(
                      "grant token `" + r.grantToken().get() + "` is not valid"));
    }
    if (r.keyId().isEmpty() || r.grantId().isEmpty()) {
      throw new ValidationException(
          "Either GrantToken, or both KeyId and GrantId, must be specified");
    }
    KeyRecord key = core.resolver.resolveKey(call, r.keyId().get());
    return grantOfKey(key, r.grantId().get());
  }

  private GrantRecord grantOfKey(KeyRecord key, String grantId) {
    if (!GRANT_ID.matcher(grantId).matches()) {
      throw new InvalidGrantIdException("grant id `" + grantId + "` is not a grant id");
    }
    return core.store
        .grant(grantId)
        .filter(g -> g.keyId().equals(key.keyId()))
        .orElseThrow(
            () ->
                new NotFoundException(
                    "Grant id " + grantId + " of key " + key.arn() + " is not found"));
  }

  private Decision requireMayRetire(KmsCall call, KeyRecord key, GrantRecord grant) {
    Principal principal = call.caller.principal();
    List<Reason> reasons = new ArrayList<>();
    Decision iam = iamDecision(call, key);
    if (iam.outcome() == Outcome.EXPLICIT_DENY) {
      throw AccessControl.denied(
          principal, KmsOperation.RetireGrant.action(), key.arn(), iam, false);
    }
    boolean retiring =
        grant
            .retiringPrincipalOpt()
            .map(p -> GrantRules.granteeMatches(p, principal, core.region))
            .orElse(false);
    boolean grantee =
        grant.allows(GrantOperation.RetireGrant)
            && GrantRules.granteeMatches(grant.granteePrincipal(), principal, core.region);
    boolean issuer =
        principal
                .account()
                .map(a -> grant.issuingAccount().equals("arn:aws:iam::" + a + ":root"))
                .orElse(false)
            && (principal instanceof Principal.AccountRoot || iam.isAllowed());
    String source = "grant:" + grant.grantId();
    if (retiring || grantee || issuer) {
      String why =
          retiring
              ? "the caller is the retiring principal"
              : grantee
                  ? "the grantee may retire a grant that allows RetireGrant"
                  : "the caller's account issued the grant and IAM allows kms:RetireGrant";
      reasons.add(new Reason(source, "", Optional.empty(), Reason.Kind.ALLOWED_BY, why, List.of()));
      return new Decision(Outcome.ALLOW, reasons);
    }
    reasons.addAll(iam.reasons());
    reasons.add(
        Reason.note(
            source,
            "the caller is neither the retiring principal, nor a grantee"
                + " allowed RetireGrant, nor allowed by the issuing account"));
    Decision decision = new Decision(Outcome.IMPLICIT_DENY, reasons);
    throw new AccessDeniedException(
        "User: "
            + principal.arn()
            + " is not authorized to perform: kms:RetireGrant on resource: "
            + key.arn(),
        decision);
  }

  private Decision iamDecision(KmsCall call, KeyRecord key) {
    KmsCall probe = new KmsCall(KmsOperation.RetireGrant, call.caller, call.time);
    try {
      return core.access.authorizeAccount(
          probe,
          KmsOperation.RetireGrant.action(),
          key.arn(),
          core.context(probe, key, Optional.empty()).build());
    } catch (AccessDeniedException denied) {
      return denied.decision();
    }
  }

  static GrantListEntry entry(GrantRecord g) {
    return new GrantListEntry(
        g.keyArn(),
        g.grantId(),
        g.nameOpt(),
        g.creationDate(),
        g.granteePrincipal(),
        g.retiringPrincipalOpt(),
        g.issuingAccount(),
        g.operations(),
        g.constraintsOpt());
  }
}
