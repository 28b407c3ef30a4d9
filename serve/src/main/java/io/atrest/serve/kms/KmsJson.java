package io.atrest.serve.kms;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.atrest.engine.kms.KeyMetadata;
import io.atrest.engine.kms.KeySpec;
import io.atrest.engine.kms.KeyUsage;
import io.atrest.engine.kms.MacAlgorithm;
import io.atrest.engine.kms.SigningAlgorithm;
import io.atrest.engine.kms.api.AliasListEntry;
import io.atrest.engine.kms.api.GrantListEntry;
import io.atrest.engine.kms.api.ListResourceTagsResult;
import io.atrest.engine.kms.api.PageRequest;
import io.atrest.engine.kms.api.RotationListEntry;
import io.atrest.engine.kms.grant.GrantConstraints;
import io.atrest.serve.wire.Input;
import io.atrest.serve.wire.Json;
import java.util.List;
import java.util.Optional;

/** The response shapes of the KMS API reference, written from the engine's results. */
final class KmsJson {

  private KmsJson() {}

  static ObjectNode object() {
    return Json.NODES.objectNode();
  }

  /** {@code KeyMetadata}, dates as epoch seconds, optional members only when set. */
  static ObjectNode keyMetadata(KeyMetadata m) {
    ObjectNode n = object();
    n.put("AWSAccountId", m.awsAccountId());
    n.put("KeyId", m.keyId());
    n.put("Arn", m.arn());
    Json.putTime(n, "CreationDate", m.creationDate());
    n.put("Enabled", m.enabled());
    n.put("Description", m.description());
    n.put("KeyUsage", m.keyUsage().name());
    n.put("KeyState", m.keyState().awsName());
    m.deletionDate().ifPresent(d -> Json.putTime(n, "DeletionDate", d));
    m.validTo().ifPresent(d -> Json.putTime(n, "ValidTo", d));
    n.put("Origin", m.origin().name());
    n.put("KeyManager", m.keyManager().name());
    n.put("CustomerMasterKeySpec", m.customerMasterKeySpec().name());
    n.put("KeySpec", m.keySpec().name());
    strings(n, "EncryptionAlgorithms", m.encryptionAlgorithms());
    strings(n, "SigningAlgorithms", signingAlgorithms(m.keySpec(), m.keyUsage()));
    strings(n, "MacAlgorithms", macAlgorithms(m.keySpec()));
    if (m.keyUsage() == KeyUsage.KEY_AGREEMENT) {
      strings(n, "KeyAgreementAlgorithms", List.of("ECDH"));
    }
    n.put("MultiRegion", m.multiRegion());
    m.currentKeyMaterialId().ifPresent(id -> n.put("CurrentKeyMaterialId", id));
    m.expirationModel().ifPresent(e -> n.put("ExpirationModel", e));
    return n;
  }

  static ObjectNode grant(GrantListEntry g) {
    ObjectNode n = object();
    n.put("KeyId", g.keyId());
    n.put("GrantId", g.grantId());
    g.name().ifPresent(v -> n.put("Name", v));
    Json.putTime(n, "CreationDate", g.creationDate());
    n.put("GranteePrincipal", g.granteePrincipal());
    g.retiringPrincipal().ifPresent(v -> n.put("RetiringPrincipal", v));
    n.put("IssuingAccount", g.issuingAccount());
    ArrayNode ops = n.putArray("Operations");
    g.operations().forEach(o -> ops.add(o.name()));
    g.constraints().ifPresent(c -> n.set("Constraints", constraints(c)));
    return n;
  }

  static ObjectNode alias(AliasListEntry a) {
    ObjectNode n = object();
    n.put("AliasName", a.aliasName());
    n.put("AliasArn", a.aliasArn());
    a.targetKeyId().ifPresent(v -> n.put("TargetKeyId", v));
    a.creationDate().ifPresent(d -> Json.putTime(n, "CreationDate", d));
    a.lastUpdatedDate().ifPresent(d -> Json.putTime(n, "LastUpdatedDate", d));
    return n;
  }

  static ObjectNode rotation(RotationListEntry r) {
    ObjectNode n = object();
    n.put("KeyId", r.keyId());
    n.put("KeyMaterialId", r.keyMaterialId());
    r.importState().ifPresent(v -> n.put("ImportState", v.name()));
    n.put("KeyMaterialState", r.keyMaterialState().name());
    r.expirationModel().ifPresent(v -> n.put("ExpirationModel", v.name()));
    r.validTo().ifPresent(d -> Json.putTime(n, "ValidTo", d));
    r.keyMaterialDescription().ifPresent(d -> n.put("KeyMaterialDescription", d));
    r.rotationDate().ifPresent(d -> Json.putTime(n, "RotationDate", d));
    r.rotationType().ifPresent(v -> n.put("RotationType", v.name()));
    return n;
  }

  static ObjectNode tags(ListResourceTagsResult result) {
    ObjectNode n = object();
    ArrayNode list = n.putArray("Tags");
    result.tags().forEach((k, v) -> list.addObject().put("TagKey", k).put("TagValue", v));
    return paged(n, result.nextMarker());
  }

  /** The {@code Limit} and {@code Marker} members of a List request. */
  static PageRequest page(Input r) {
    return new PageRequest(r.integer("Limit"), r.string("Marker"));
  }

  /** Adds {@code Truncated}, and {@code NextMarker} only when truncated, as KMS answers. */
  static ObjectNode paged(ObjectNode n, Optional<String> nextMarker) {
    nextMarker.ifPresent(m -> n.put("NextMarker", m));
    n.put("Truncated", nextMarker.isPresent());
    return n;
  }

  private static ObjectNode constraints(GrantConstraints c) {
    ObjectNode n = object();
    if (c.encryptionContextEquals() != null) {
      ObjectNode eq = n.putObject("EncryptionContextEquals");
      c.encryptionContextEquals().forEach(eq::put);
    }
    if (c.encryptionContextSubset() != null) {
      ObjectNode sub = n.putObject("EncryptionContextSubset");
      c.encryptionContextSubset().forEach(sub::put);
    }
    return n;
  }

  /** Adds a list member only when it has values, as KMS leaves empty algorithm lists out. */
  static void strings(ObjectNode n, String field, List<String> values) {
    if (!values.isEmpty()) {
      ArrayNode a = n.putArray(field);
      values.forEach(a::add);
    }
  }

  // The algorithm lists DescribeKey returns for each key spec are the ones the engine serves.
  private static List<String> signingAlgorithms(KeySpec spec, KeyUsage usage) {
    return SigningAlgorithm.forKey(spec, usage).stream().map(Enum::name).toList();
  }

  private static List<String> macAlgorithms(KeySpec spec) {
    return MacAlgorithm.forKey(spec).stream().map(Enum::name).toList();
  }
}
