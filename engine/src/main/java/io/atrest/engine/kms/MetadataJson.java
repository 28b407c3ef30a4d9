package io.atrest.engine.kms;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code responseElements.keyMetadata} as CloudTrail logs it for CreateKey. */
final class MetadataJson {

  private MetadataJson() {}

  static ObjectNode of(KeyMetadata m) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ObjectNode node = root.putObject("keyMetadata");
    node.put("aWSAccountId", m.awsAccountId());
    node.put("keyId", m.keyId());
    node.put("arn", m.arn());
    node.put("creationDate", m.creationDate().toString());
    node.put("enabled", m.enabled());
    node.put("description", m.description());
    node.put("keyUsage", m.keyUsage().name());
    node.put("keyState", m.keyState().awsName());
    node.put("origin", m.origin().name());
    node.put("keyManager", m.keyManager().name());
    node.put("customerMasterKeySpec", m.keySpec().name());
    node.put("keySpec", m.keySpec().name());
    m.encryptionAlgorithms().forEach(a -> node.withArray("encryptionAlgorithms").add(a));
    node.put("multiRegion", m.multiRegion());
    return root;
  }
}
