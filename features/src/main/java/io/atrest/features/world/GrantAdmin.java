package io.atrest.features.world;

import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.api.CreateGrantRequest;
import io.atrest.engine.kms.api.CreateGrantResult;
import io.atrest.engine.kms.api.GrantListEntry;
import io.atrest.engine.kms.api.ListGrantsResult;
import io.atrest.engine.kms.api.ListRetirableGrantsRequest;
import io.atrest.engine.kms.api.PageRequest;
import io.atrest.engine.kms.api.RetireGrantRequest;
import io.atrest.engine.kms.api.RevokeGrantRequest;
import io.atrest.engine.kms.grant.GrantConstraints;
import io.atrest.engine.kms.grant.GrantOperation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Grants as the steps create and remove them: CreateGrant with operations, an optional
 * encryption-context constraint and retiring principal; RetireGrant by token or by id; RevokeGrant.
 * A created grant is known to the scenario by name, with its id and token.
 */
public final class GrantAdmin {

  private final KmsWorld world;
  private final KmsCalls calls;

  public GrantAdmin(KmsWorld world, KmsCalls calls) {
    this.world = world;
    this.calls = calls;
  }

  /**
   * A constraint kind as a step writes it: {@code EncryptionContextEquals} or {@code
   * EncryptionContextSubset}.
   */
  public static GrantConstraints constraint(String kind, EncryptionContext pairs) {
    return switch (kind) {
      case "EncryptionContextEquals" -> GrantConstraints.equalTo(pairs.asMap());
      case "EncryptionContextSubset" -> GrantConstraints.subsetOf(pairs.asMap());
      default ->
          throw new IllegalArgumentException(
              "grant constraint `"
                  + kind
                  + "` is neither EncryptionContextEquals nor EncryptionContextSubset");
    };
  }

  /** Parses {@code "Decrypt, Encrypt"} into grant operations. */
  public static List<GrantOperation> operations(String list) {
    return Arrays.stream(list.split(",")).map(String::trim).map(GrantOperation::valueOf).toList();
  }

  /** Attempts CreateGrant; on success the scenario knows the grant as {@code name}. */
  public CallResult create(
      Caller caller,
      String name,
      String keyArn,
      String grantee,
      List<GrantOperation> operations,
      Optional<GrantConstraints> constraint,
      Optional<String> retiring) {
    CreateGrantRequest base = CreateGrantRequest.of(caller, keyArn, grantee, operations);
    CreateGrantRequest withConstraint = constraint.map(base::withConstraints).orElse(base);
    CreateGrantRequest request =
        retiring.map(withConstraint::withRetiringPrincipal).orElse(withConstraint);
    CallResult result =
        calls.attempt(
            "CreateGrant", caller, Optional.of(keyArn), () -> world.kms().createGrant(request));
    result
        .value()
        .map(CreateGrantResult.class::cast)
        .ifPresent(
            g ->
                world.rememberGrant(name, new KmsWorld.Grant(keyArn, g.grantId(), g.grantToken())));
    return result;
  }

  public CallResult retireByToken(Caller caller, String name) {
    KmsWorld.Grant grant = world.grant(name);
    return calls.attempt(
        "RetireGrant",
        caller,
        Optional.of(grant.keyArn()),
        () -> world.kms().retireGrant(RetireGrantRequest.byToken(caller, grant.token())));
  }

  public CallResult retireById(Caller caller, String name) {
    KmsWorld.Grant grant = world.grant(name);
    return calls.attempt(
        "RetireGrant",
        caller,
        Optional.of(grant.keyArn()),
        () ->
            world
                .kms()
                .retireGrant(RetireGrantRequest.byId(caller, grant.keyArn(), grant.grantId())));
  }

  public CallResult revoke(Caller caller, String name) {
    KmsWorld.Grant grant = world.grant(name);
    return calls.attempt(
        "RevokeGrant",
        caller,
        Optional.of(grant.keyArn()),
        () ->
            world
                .kms()
                .revokeGrant(RevokeGrantRequest.of(caller, grant.keyArn(), grant.grantId())));
  }

  /** Attempts ListRetirableGrants for {@code retiringPrincipal}, every page of it. */
  public CallResult listRetirable(Caller caller, String retiringPrincipal) {
    return calls.attempt(
        "ListRetirableGrants",
        caller,
        Optional.empty(),
        () -> {
          List<GrantListEntry> all = new ArrayList<>();
          PageRequest page = PageRequest.FIRST;
          ListGrantsResult result;
          do {
            result =
                world
                    .kms()
                    .listRetirableGrants(
                        new ListRetirableGrantsRequest(caller, retiringPrincipal, page));
            all.addAll(result.grants());
            page = page.after(result.nextMarker().orElse(""));
          } while (result.truncated());
          return new ListGrantsResult(all);
        });
  }

  /** The scenario's names of the grants a successful listing returned, in its order. */
  public List<String> listedNames(CallResult listing) {
    return listing.value(ListGrantsResult.class).grants().stream()
        .map(g -> world.grantName(g.grantId()).orElse("(grant " + g.grantId() + " of no step)"))
        .toList();
  }
}
