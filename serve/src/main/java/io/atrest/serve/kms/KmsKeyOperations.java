package io.atrest.serve.kms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.KeySpec;
import io.atrest.engine.kms.KeyUsage;
import io.atrest.engine.kms.Origin;
import io.atrest.engine.kms.ReferenceKms;
import io.atrest.engine.kms.api.*;
import io.atrest.serve.wire.Enums;
import io.atrest.serve.wire.Input;
import io.atrest.serve.wire.Json;
import io.atrest.serve.wire.Operation;
import io.atrest.serve.wire.WireError;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Key lifecycle, tags, aliases and key policies: the management operations of KMS. */
final class KmsKeyOperations {

  private final ReferenceKms kms;

  KmsKeyOperations(ReferenceKms kms) {
    this.kms = kms;
  }

  void register(Map<String, Operation> ops) {
    ops.put("CreateKey", this::createKey);
    ops.put(
        "DescribeKey",
        (c, r) ->
            metadata(
                kms.describeKey(
                    new DescribeKeyRequest(
                        c, r.requiredString("KeyId"), r.strings("GrantTokens")))));
    ops.put("ListKeys", this::listKeys);
    ops.put(
        "UpdateKeyDescription",
        (c, r) ->
            empty(
                kms.updateKeyDescription(
                    new UpdateKeyDescriptionRequest(
                        c, r.requiredString("KeyId"), r.requiredString("Description")))));
    ops.put(
        "EnableKey",
        (c, r) -> empty(kms.enableKey(EnableKeyRequest.of(c, r.requiredString("KeyId")))));
    ops.put(
        "DisableKey",
        (c, r) -> empty(kms.disableKey(DisableKeyRequest.of(c, r.requiredString("KeyId")))));
    ops.put("ScheduleKeyDeletion", this::scheduleKeyDeletion);
    ops.put(
        "CancelKeyDeletion",
        (c, r) ->
            keyId(
                kms.cancelKeyDeletion(CancelKeyDeletionRequest.of(c, r.requiredString("KeyId")))));
    ops.put(
        "TagResource",
        (c, r) ->
            empty(kms.tagResource(new TagResourceRequest(c, r.requiredString("KeyId"), tags(r)))));
    ops.put(
        "UntagResource",
        (c, r) ->
            empty(
                kms.untagResource(
                    new UntagResourceRequest(c, r.requiredString("KeyId"), r.strings("TagKeys")))));
    ops.put(
        "ListResourceTags",
        (c, r) ->
            KmsJson.tags(
                kms.listResourceTags(
                    new ListResourceTagsRequest(c, r.requiredString("KeyId"), KmsJson.page(r)))));
    ops.put(
        "CreateAlias",
        (c, r) ->
            empty(
                kms.createAlias(
                    new CreateAliasRequest(
                        c, r.requiredString("AliasName"), r.requiredString("TargetKeyId")))));
    ops.put(
        "UpdateAlias",
        (c, r) ->
            empty(
                kms.updateAlias(
                    new UpdateAliasRequest(
                        c, r.requiredString("AliasName"), r.requiredString("TargetKeyId")))));
    ops.put(
        "DeleteAlias",
        (c, r) -> empty(kms.deleteAlias(new DeleteAliasRequest(c, r.requiredString("AliasName")))));
    ops.put("ListAliases", this::listAliases);
    ops.put("PutKeyPolicy", this::putKeyPolicy);
    ops.put("GetKeyPolicy", this::getKeyPolicy);
    ops.put("ListKeyPolicies", this::listKeyPolicies);
  }

  private ObjectNode createKey(Caller caller, Input r) {
    Optional<String> specName = r.string("KeySpec").or(() -> r.string("CustomerMasterKeySpec"));
    KeySpec spec =
        specName
            .map(s -> Enums.parse(KeySpec.class, s, "KeySpec"))
            .orElse(KeySpec.SYMMETRIC_DEFAULT);
    Optional<KeyUsage> usage =
        r.string("KeyUsage").map(u -> Enums.parse(KeyUsage.class, u, "KeyUsage"));
    Origin origin =
        r.string("Origin").map(o -> Enums.parse(Origin.class, o, "Origin")).orElse(Origin.AWS_KMS);
    CreateKeyRequest request =
        new CreateKeyRequest(
            caller,
            r.string("Policy"),
            r.string("Description").orElse(""),
            spec,
            usage,
            origin,
            tags(r),
            r.bool("BypassPolicyLockoutSafetyCheck").orElse(false));
    return metadata(kms.createKey(request));
  }

  private ObjectNode listKeys(Caller caller, Input r) {
    ObjectNode n = KmsJson.object();
    ArrayNode keys = n.putArray("Keys");
    ListKeysResult result = kms.listKeys(new ListKeysRequest(caller, KmsJson.page(r)));
    result.keys().forEach(k -> keys.addObject().put("KeyId", k.keyId()).put("KeyArn", k.keyArn()));
    return KmsJson.paged(n, result.nextMarker());
  }

  private ObjectNode scheduleKeyDeletion(Caller caller, Input r) {
    ScheduleKeyDeletionResult result =
        kms.scheduleKeyDeletion(
            new ScheduleKeyDeletionRequest(
                caller, r.requiredString("KeyId"), r.integer("PendingWindowInDays")));
    ObjectNode n = KmsJson.object();
    n.put("KeyId", result.keyId());
    Json.putTime(n, "DeletionDate", result.deletionDate());
    n.put("KeyState", result.keyState().awsName());
    n.put("PendingWindowInDays", result.pendingWindowInDays());
    return n;
  }

  private ObjectNode listAliases(Caller caller, Input r) {
    ObjectNode n = KmsJson.object();
    ArrayNode aliases = n.putArray("Aliases");
    ListAliasesResult result =
        kms.listAliases(new ListAliasesRequest(caller, r.string("KeyId"), KmsJson.page(r)));
    result.aliases().forEach(a -> aliases.add(KmsJson.alias(a)));
    return KmsJson.paged(n, result.nextMarker());
  }

  private ObjectNode putKeyPolicy(Caller caller, Input r) {
    PutKeyPolicyRequest request =
        new PutKeyPolicyRequest(
            caller,
            r.requiredString("KeyId"),
            r.string("PolicyName").orElse("default"),
            r.requiredString("Policy"),
            r.bool("BypassPolicyLockoutSafetyCheck").orElse(false));
    return empty(kms.putKeyPolicy(request));
  }

  private ObjectNode getKeyPolicy(Caller caller, Input r) {
    GetKeyPolicyResult result =
        kms.getKeyPolicy(
            new GetKeyPolicyRequest(
                caller, r.requiredString("KeyId"), r.string("PolicyName").orElse("default")));
    ObjectNode n = KmsJson.object();
    n.put("Policy", result.policy());
    n.put("PolicyName", result.policyName());
    return n;
  }

  private ObjectNode listKeyPolicies(Caller caller, Input r) {
    ObjectNode n = KmsJson.object();
    ArrayNode names = n.putArray("PolicyNames");
    ListKeyPoliciesResult result =
        kms.listKeyPolicies(
            new ListKeyPoliciesRequest(caller, r.requiredString("KeyId"), KmsJson.page(r)));
    result.policyNames().forEach(names::add);
    return KmsJson.paged(n, result.nextMarker());
  }

  /** The {@code Tags} member, a list of {@code {TagKey, TagValue}}. */
  private static Map<String, String> tags(Input r) {
    Map<String, String> tags = new LinkedHashMap<>();
    for (JsonNode t : r.list("Tags")) {
      Input tag = Input.element(t);
      String key = tag.requiredString("TagKey");
      if (tags.put(key, tag.requiredString("TagValue")) != null) {
        throw WireError.of("TagException", "Duplicate tag keys");
      }
    }
    return tags;
  }

  static ObjectNode metadata(KeyMetadataResult result) {
    ObjectNode n = KmsJson.object();
    n.set("KeyMetadata", KmsJson.keyMetadata(result.keyMetadata()));
    return n;
  }

  static ObjectNode keyId(KeyIdResult result) {
    return KmsJson.object().put("KeyId", result.keyId());
  }

  static ObjectNode empty(EmptyResult ignored) {
    return KmsJson.object();
  }
}
