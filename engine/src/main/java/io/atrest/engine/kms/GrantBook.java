package io.atrest.engine.kms;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.crypto.Hex;
import io.atrest.engine.kms.api.CreateGrantRequest;
import io.atrest.engine.kms.api.CreateGrantResult;
import io.atrest.engine.kms.error.DryRunOperationException;
import io.atrest.engine.kms.error.InvalidArnException;
import io.atrest.engine.kms.error.ValidationException;
import io.atrest.engine.kms.grant.GrantConstraints;
import io.atrest.engine.kms.grant.GrantOperation;
import io.atrest.engine.kms.grant.GrantRecord;
import io.atrest.engine.kms.grant.GrantRules;
import io.atrest.policy.eval.ContextValue;
import io.atrest.policy.eval.Principal;
import io.atrest.policy.eval.RequestContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * CreateGrant [KMS-GR], [KMS-CGO]: validation, authorization (from the policies, or from a grant
 * that allows CreateGrant, which then limits the child grant), name idempotency and tokens.
 * Listing, retiring and revoking are in {@link GrantRetirement}.
 */
final class GrantBook {

  static final String DRY_RUN = "The request would have succeeded, but the DryRun option is set.";

  private final KmsCore core;

  GrantBook(KmsCore core) {
    this.core = core;
  }

  CreateGrantResult create(KmsCall call, CreateGrantRequest r) {
    log(call, r);
    validate(r);
    requireGrantable(r.granteePrincipal());
    r.retiringPrincipal().ifPresent(this::requireGrantable);
    Grants.validateTokens(core, r.grantTokens());
    KeyRecord key = core.resolver.resolveKey(call, r.keyId());
    core.access.authorizeKey(
        call,
        key,
        KmsOperation.CreateGrant.action(),
        context(call, key, r).build(),
        parentGrant(call, r));
    KeyStateRules.require(KmsOperation.CreateGrant, key);
    requireSuitable(key, r);
    if (r.dryRun()) {
      throw new DryRunOperationException(DRY_RUN);
    }
    GrantRecord grant = existing(key, r).orElseGet(() -> newGrant(call, key, r));
    String token = Grants.newToken(grant.grantId(), core.random);
    core.store.putGrant(grant.withToken(token));
    call.response(JsonNodeFactory.instance.objectNode().put("grantId", grant.grantId()));
    return new CreateGrantResult(grant.grantId(), token);
  }

  private static void validate(CreateGrantRequest r) {
    if (r.operations().isEmpty()) {
      throw new ValidationException(
          "1 validation error detected: Value '[]' at 'operations' failed to satisfy constraint:"
              + " Member must have length greater than or equal to 1");
    }
    if (r.constraints().map(GrantConstraints::hasBoth).orElse(false)) {
      throw new ValidationException("More than one constraint supplied");
    }
    requirePrincipal(r.granteePrincipal());
    r.retiringPrincipal().ifPresent(GrantBook::requirePrincipal);
  }

  private static void requirePrincipal(String value) {
    try {
      Principal.parse(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidArnException("principal `" + value + "` is not a valid principal ARN");
    }
  }

  /**
   * A grantee or retiring principal that is an IAM principal must exist (AWS answers
   * InvalidArnException for a role not yet visible [terraform-provider-aws#3038]). Service
   * principals are accepted: DynamoDB's own grants name {@code dynamodb.REGION.amazonaws.com} [seed
   * 004], and DynamoDB tells customers to restore access by "re-creating the grant" [AWS-FACTS,
   * DynamoDB notification], although the developer guide says a grantee cannot be a service
   * principal [KMS-GR]. Whether a service made the call is {@code kms:GrantIsForAWSResource}.
   */
  private void requireGrantable(String value) {
    Principal principal = Principal.parse(value);
    if (!(principal instanceof Principal.ServicePrincipal) && !core.iam.exists(principal)) {
      throw new InvalidArnException("principal `" + value + "` does not exist");
    }
  }

  /** Operations must suit the key; constraints need a symmetric encryption key [KMS-GR]. */
  private static void requireSuitable(KeyRecord key, CreateGrantRequest r) {
    for (GrantOperation op : r.operations()) {
      if (!op.suits(key.keySpec(), key.keyUsage())) {
        throw new ValidationException(
            "Grant operation "
                + op
                + " is not valid for a key with KeySpec "
                + key.keySpec()
                + " and KeyUsage "
                + key.keyUsage());
      }
    }
    boolean constrained = r.constraints().flatMap(GrantConstraints::kind).isPresent();
    if (constrained && !key.isSymmetricEncryption()) {
      throw new ValidationException(
          "Grant constraints are supported only on symmetric encryption KMS keys");
    }
  }

  private RequestContext.Builder context(KmsCall call, KeyRecord key, CreateGrantRequest r) {
    RequestContext.Builder context = core.context(call, key, Optional.empty());
    context.put(
        "kms:GrantOperations",
        ContextValue.ofList(r.operations().stream().map(Enum::name).toList()));
    context.put("kms:GranteePrincipal", r.granteePrincipal());
    r.retiringPrincipal().ifPresent(p -> context.put("kms:RetiringPrincipal", p));
    r.constraints()
        .flatMap(GrantConstraints::kind)
        .ifPresent(k -> context.put("kms:GrantConstraintType", k.awsName()));
    context.put("kms:GrantIsForAWSResource", ContextValue.of(call.caller.viaService().isPresent()));
    r.constraints()
        .ifPresent(c -> AccessControl.encryptionContext(context, EncryptionContext.of(c.pairs())));
    return context;
  }

  /**
   * A grant that allows CreateGrant lets its grantee create only children with a subset of its
   * operations and constraints at least as strict [KMS-CGO].
   */
  private Optional<AccessControl.GrantCheck> parentGrant(KmsCall call, CreateGrantRequest r) {
    Principal principal = call.caller.principal();
    GrantConstraints child = r.constraints().orElse(new GrantConstraints(null, null));
    return Optional.of(
        new AccessControl.GrantCheck(
            "CreateGrant of " + r.operations(),
            g ->
                g.allows(GrantOperation.CreateGrant)
                    && GrantRules.granteeMatches(g.granteePrincipal(), principal, core.region)
                    && new HashSet<>(g.operations()).containsAll(r.operations())
                    && g.constraintsOpt().map(p -> p.isNoLooserThan(child)).orElse(true)));
  }

  private Optional<GrantRecord> existing(KeyRecord key, CreateGrantRequest r) {
    if (r.name().isEmpty()) {
      return Optional.empty();
    }
    return core.access.grants(key).stream()
        .filter(g -> r.name().equals(g.nameOpt()))
        .filter(g -> g.granteePrincipal().equals(r.granteePrincipal()))
        .filter(g -> r.retiringPrincipal().equals(g.retiringPrincipalOpt()))
        .filter(g -> new HashSet<>(g.operations()).equals(new HashSet<>(r.operations())))
        .filter(g -> r.constraints().equals(g.constraintsOpt()))
        .findFirst();
  }

  private GrantRecord newGrant(KmsCall call, KeyRecord key, CreateGrantRequest r) {
    String issuing = "arn:aws:iam::" + call.caller.account().orElse(key.accountId()) + ":root";
    return new GrantRecord(
        Hex.random(core.random, 32),
        key.keyId(),
        key.arn(),
        r.name().orElse(null),
        core.clock.instant(),
        r.granteePrincipal(),
        r.retiringPrincipal().orElse(null),
        issuing,
        r.operations(),
        r.constraints().filter(c -> c.kind().isPresent()).orElse(null),
        List.of(),
        call.caller.viaService().isPresent());
  }

  private static void log(KmsCall call, CreateGrantRequest r) {
    call.param("keyId", r.keyId()).param("granteePrincipal", r.granteePrincipal());
    r.retiringPrincipal().ifPresent(p -> call.param("retiringPrincipal", p));
    ArrayNode ops = JsonNodeFactory.instance.arrayNode();
    r.operations().forEach(o -> ops.add(o.name()));
    call.param("operations", ops);
    r.constraints()
        .flatMap(GrantConstraints::kind)
        .ifPresent(
            k -> {
              ObjectNode constraints = JsonNodeFactory.instance.objectNode();
              ObjectNode pairs =
                  constraints.putObject(
                      k == GrantConstraints.Kind.EQUALS
                          ? "encryptionContextEquals"
                          : "encryptionContextSubset");
              r.constraints().get().pairs().forEach(pairs::put);
              call.param("constraints", constraints);
            });
    r.name().ifPresent(n -> call.param("name", n));
  }
}
