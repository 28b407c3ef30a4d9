package io.atrest.serve.kms;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.ReferenceKms;
import io.atrest.engine.kms.api.*;
import io.atrest.engine.kms.grant.GrantConstraints;
import io.atrest.engine.kms.grant.GrantOperation;
import io.atrest.serve.wire.Enums;
import io.atrest.serve.wire.Input;
import io.atrest.serve.wire.Operation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The grant operations. */
final class KmsGrantOperations {

  private final ReferenceKms kms;

  KmsGrantOperations(ReferenceKms kms) {
    this.kms = kms;
  }

  void register(Map<String, Operation> ops) {
    ops.put("CreateGrant", this::createGrant);
    ops.put("ListGrants", this::listGrants);
    ops.put(
        "ListRetirableGrants",
        (c, r) ->
            grants(
                kms.listRetirableGrants(
                    new ListRetirableGrantsRequest(
                        c, r.requiredString("RetiringPrincipal"), KmsJson.page(r)))));
    ops.put("RetireGrant", this::retireGrant);
    ops.put(
        "RevokeGrant",
        (c, r) ->
            KmsKeyOperations.empty(
                kms.revokeGrant(
                    new RevokeGrantRequest(
                        c,
                        r.requiredString("KeyId"),
                        r.requiredString("GrantId"),
                        r.bool("DryRun").orElse(false)))));
  }

  private ObjectNode createGrant(Caller caller, Input r) {
    List<GrantOperation> operations =
        r.strings("Operations").stream()
            .map(o -> Enums.parse(GrantOperation.class, o, "Operations"))
            .toList();
    Optional<GrantConstraints> constraints =
        r.object("Constraints")
            .map(
                c ->
                    new GrantConstraints(
                        nullIfAbsent(c, "EncryptionContextEquals"),
                        nullIfAbsent(c, "EncryptionContextSubset")));
    CreateGrantRequest request =
        new CreateGrantRequest(
            caller,
            r.requiredString("KeyId"),
            r.requiredString("GranteePrincipal"),
            r.string("RetiringPrincipal"),
            operations,
            constraints,
            r.strings("GrantTokens"),
            r.string("Name"),
            r.bool("DryRun").orElse(false));
    CreateGrantResult result = kms.createGrant(request);
    return KmsJson.object().put("GrantToken", result.grantToken()).put("GrantId", result.grantId());
  }

  private ObjectNode listGrants(Caller caller, Input r) {
    return grants(
        kms.listGrants(
            new ListGrantsRequest(
                caller,
                r.requiredString("KeyId"),
                r.string("GrantId"),
                r.string("GranteePrincipal"),
                KmsJson.page(r))));
  }

  private ObjectNode retireGrant(Caller caller, Input r) {
    RetireGrantRequest request =
        new RetireGrantRequest(
            caller,
            r.string("GrantToken"),
            r.string("KeyId"),
            r.string("GrantId"),
            r.bool("DryRun").orElse(false));
    return KmsKeyOperations.empty(kms.retireGrant(request));
  }

  private static ObjectNode grants(ListGrantsResult result) {
    ObjectNode n = KmsJson.object();
    ArrayNode list = n.putArray("Grants");
    result.grants().forEach(g -> list.add(KmsJson.grant(g)));
    return KmsJson.paged(n, result.nextMarker());
  }

  private static Map<String, String> nullIfAbsent(Input constraints, String field) {
    return constraints.has(field) ? constraints.stringMap(field) : null;
  }
}
