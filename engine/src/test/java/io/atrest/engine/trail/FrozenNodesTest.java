package io.atrest.engine.trail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FrozenNodesTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Test
  void equalNodeInTurn_getsTheRememberedCopy() {
    FrozenNodes frozen = new FrozenNodes();
    ObjectNode first = frozen.copyOf(NODES.objectNode().put("keyId", "k"));
    ObjectNode second = frozen.copyOf(NODES.objectNode().put("keyId", "k"));
    assertThat(second).isSameAs(first);
  }

  @Test
  void copy_isNotTheCallersNode() {
    ObjectNode callers = NODES.objectNode().put("keyId", "k");
    ObjectNode copy = new FrozenNodes().copyOf(callers);
    callers.put("keyId", "changed");
    assertThat(copy.get("keyId").asText()).isEqualTo("k");
  }

  @Test
  void sameFieldsInAnotherOrder_getAnOwnCopyInThatOrder() {
    FrozenNodes frozen = new FrozenNodes();
    frozen.copyOf(NODES.objectNode().put("a", "1").put("b", "2"));
    ObjectNode reordered = frozen.copyOf(NODES.objectNode().put("b", "2").put("a", "1"));
    assertThat(reordered.toString()).isEqualTo("{\"b\":\"2\",\"a\":\"1\"}");
  }

  @Test
  void sameNumberOfAnotherType_getsAnOwnCopy() {
    FrozenNodes frozen = new FrozenNodes();
    frozen.copyOf(NODES.objectNode().put("n", 1));
    ObjectNode asLong = frozen.copyOf(NODES.objectNode().put("n", 1L));
    assertThat(asLong.get("n").isLong()).isTrue();
  }

  @Test
  void nestedDifference_getsAnOwnCopy() {
    FrozenNodes frozen = new FrozenNodes();
    ObjectNode first = NODES.objectNode();
    first.putObject("encryptionContext").put("t", "a");
    ObjectNode second = NODES.objectNode();
    second.putObject("encryptionContext").put("t", "b");
    frozen.copyOf(first);
    assertThat(frozen.copyOf(second).get("encryptionContext").get("t").asText()).isEqualTo("b");
  }

  @Test
  void recordsBuiltFromEqualParameters_renderIdentically() {
    ObjectNode parameters = NODES.objectNode().put("keyId", "k");
    TrailEvent one = listKeys().requestParameters(parameters).build();
    parameters.put("keyId", "changed");
    TrailEvent two = listKeys().requestParameters(NODES.objectNode().put("keyId", "k")).build();
    assertThat(one.toJson().get("requestParameters"))
        .isEqualTo(two.toJson().get("requestParameters"))
        .isEqualTo(NODES.objectNode().put("keyId", "k"));
  }

  private static TrailEvent.Builder listKeys() {
    return TrailEvent.builder()
        .userIdentity(UserIdentity.root(SeedEvents.ACCOUNT, "AKIAEXAMPLE"))
        .eventTime(Instant.parse("2026-12-01T10:11:12Z"))
        .eventSource(TrailEvent.KMS)
        .eventName("ListKeys")
        .awsRegion(SeedEvents.REGION)
        .sourceIPAddress("192.0.2.1")
        .eventID("e3c436e9-ebca-494e-9457-8123a1f5e979")
        .eventType(EventType.AWS_API_CALL);
  }
}
