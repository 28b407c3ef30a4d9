package io.atrest.engine.kms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.identity.Caller;
import io.atrest.engine.trail.JsonFacts;
import io.atrest.policy.Decision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What one API call did, collected while it runs so that its CloudTrail record can be written
 * whether it succeeds or fails: the request parameters as logged, the keys it touched, the
 * authorization decision and the response elements. Confined to the calling thread.
 */
final class KmsCall {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  // The encryption context last logged and its facts: callers repeat their contexts, and the
  // facts of one are immutable, so records may share them.
  private static volatile LoggedContext lastContext;

  final KmsOperation operation;
  final Caller caller;
  final Instant time;
  // The parameters as facts, rendered into CloudTrail's requestParameters only when read.
  private final JsonFacts.Builder requestParameters = JsonFacts.builder();
  private final List<KeyRecord> keys = new ArrayList<>(2);
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

  /** A JSON value (copied). */
  KmsCall param(String name, JsonNode value) {
    requestParameters.put(name, value);
    return this;
  }

  /** An encryption context, logged as an object of its pairs in key order. */
  KmsCall context(String name, EncryptionContext context) {
    requestParameters.put(name, facts(context));
    return this;
  }

  private static JsonFacts facts(EncryptionContext context) {
    LoggedContext last = lastContext;
    if (last != null && last.context() == context) {
      return last.facts();
    }
    JsonFacts.Builder pairs = JsonFacts.builder();
    context.asMap().forEach(pairs::put);
    JsonFacts facts = pairs.build();
    lastContext = new LoggedContext(context, facts);
    return facts;
  }

  private record LoggedContext(EncryptionContext context, JsonFacts facts) {}

  /** The request parameters so far: {@code previous} when they are the same facts. */
  JsonFacts requestParameters(JsonFacts previous) {
    return requestParameters.build(previous);
  }

  /**
   * Records that the call concerns {@code key} (the first key is the one whose account owns it).
   */
  KmsCall key(KeyRecord key) {
    for (KeyRecord known : keys) {
      if (known.keyId().equals(key.keyId())) {
        return this;
      }
    }
    keys.add(key);
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

  /** The keys so far, as a view: the trail reads them once the call is over. */
  List<KeyRecord> keys() {
    return Collections.unmodifiableList(keys);
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
