package io.atrest.engine.kms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.identity.Caller;
import io.atrest.policy.Decision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one API call did, collected while it runs so that its CloudTrail record can be written
 * whether it succeeds or fails: the request parameters as logged, the keys it touched, the
 * authorization decision and the response elements. Confined to the calling thread.
 */
final class KmsCall {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  final KmsOperation operation;
  final Caller caller;
  final Instant time;
  final ObjectNode requestParameters = NODES.objectNode();
  private final List<KeyRecord> keys = new ArrayList<>();
  private ObjectNode responseElements;
  private String keyMaterialId;
  private Decision decision;

  KmsCall(KmsOperation operation, Caller caller, Instant time) {
    this.operation = operation;
    this.caller = caller;
    this.time = time;
  }

  KmsCall param(String name, String value) {
    requestParameters.put(name, value);
    return this;
  }

  KmsCall param(String name, int value) {
    requestParameters.put(name, value);
    return this;
  }

  KmsCall param(String name, boolean value) {
    requestParameters.put(name, value);
    return this;
  }

  KmsCall param(String name, JsonNode value) {
    requestParameters.set(name, value);
    return this;
  }

  KmsCall context(String name, EncryptionContext context) {
    ObjectNode node = requestParameters.putObject(name);
    context.asMap().forEach(node::put);
    return this;
  }

  /**
   * Records that the call concerns {@code key} (the first key is the one whose account owns it).
   */
  KmsCall key(KeyRecord key) {
    if (keys.stream().noneMatch(k -> k.keyId().equals(key.keyId()))) {
      keys.add(key);
    }
    return this;
  }

  KmsCall response(ObjectNode elements) {
    this.responseElements = elements;
    return this;
  }

  KmsCall keyMaterialId(String id) {
    this.keyMaterialId = id;
    return this;
  }

  KmsCall decision(Decision value) {
    this.decision = value;
    return this;
  }

  List<KeyRecord> keys() {
    return List.copyOf(keys);
  }

  Optional<KeyRecord> primaryKey() {
    return keys.isEmpty() ? Optional.empty() : Optional.of(keys.get(0));
  }

  Optional<ObjectNode> responseElements() {
    return Optional.ofNullable(responseElements);
  }

  Optional<String> keyMaterialId() {
    return Optional.ofNullable(keyMaterialId);
  }

  Optional<Decision> decision() {
    return Optional.ofNullable(decision);
  }

  static ObjectNode object() {
    return NODES.objectNode();
  }
}
