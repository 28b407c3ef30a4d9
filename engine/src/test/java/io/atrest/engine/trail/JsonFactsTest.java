package io.atrest.engine.trail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class JsonFactsTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Test
  void facts_renderAsTheObjectNodeTheSamePutsMake() {
    JsonFacts pairs = JsonFacts.builder().put("tableName", "Books").build();
    ObjectNode expected = NODES.objectNode();
    expected.put("keyId", "alias/app").put("numberOfBytes", 32).put("dryRun", false);
    expected.putNull("keySpec");
    expected.putObject("encryptionContext").put("tableName", "Books");
    expected.set("operations", NODES.arrayNode().add("Decrypt"));

    JsonFacts facts =
        JsonFacts.builder()
            .put("keyId", "alias/app")
            .put("numberOfBytes", 32)
            .put("dryRun", false)
            .put("keySpec", (String) null)
            .put("encryptionContext", pairs)
            .put("operations", NODES.arrayNode().add("Decrypt"))
            .build();

    assertThat(facts.toJson()).isEqualTo(expected);
    assertThat(facts.toJson().toString()).isEqualTo(expected.toString());
  }

  @Test
  void nameGivenAgain_replacesItsValueInPlace() {
    JsonFacts facts = JsonFacts.builder().put("a", "1").put("b", "2").put("a", "3").build();

    assertThat(facts.toJson().toString()).isEqualTo("{\"a\":\"3\",\"b\":\"2\"}");
  }

  @Test
  void everyRead_isANodeOfTheReadersOwn() {
    JsonFacts facts = JsonFacts.builder().put("keyId", "k").build();
    facts.toJson().put("keyId", "changed");

    assertThat(facts.toJson().get("keyId").asText()).isEqualTo("k");
  }

  @Test
  void jsonNodeValue_isCopiedOnTheWayIn() {
    ArrayNode operations = NODES.arrayNode().add("Decrypt");
    JsonFacts facts = JsonFacts.builder().put("operations", operations).build();
    operations.add("Encrypt");

    assertThat(facts.toJson().get("operations")).hasSize(1);
  }

  @Test
  void copyOfANode_isNotChangedByLaterChangesToTheNode() {
    ObjectNode node = NODES.objectNode().put("keyId", "k");
    JsonFacts facts = JsonFacts.copyOf(node);
    node.put("keyId", "changed");

    assertThat(facts.toJson().get("keyId").asText()).isEqualTo("k");
  }

  @Test
  void buildAgainstTheSameFacts_returnsThePreviousFacts() {
    JsonFacts context = JsonFacts.builder().put("tableName", "Books").build();
    JsonFacts previous =
        JsonFacts.builder().put("keyId", "k").put("encryptionContext", context).build();
    JsonFacts sameContext = JsonFacts.builder().put("tableName", "Books").build();

    JsonFacts next =
        JsonFacts.builder()
            .put("keyId", new String("k"))
            .put("encryptionContext", sameContext)
            .build(previous);

    assertThat(next).isSameAs(previous);
  }

  @Test
  void buildAgainstOtherFacts_makesNewFacts() {
    JsonFacts previous = JsonFacts.builder().put("keyId", "k").put("grantTokens", 1).build();

    JsonFacts otherValue =
        JsonFacts.builder().put("keyId", "k").put("grantTokens", 2).build(previous);
    JsonFacts otherOrder =
        JsonFacts.builder().put("grantTokens", 1).put("keyId", "k").build(previous);
    JsonFacts otherType =
        JsonFacts.builder().put("keyId", "k").put("grantTokens", "1").build(previous);

    assertThat(otherValue).isNotSameAs(previous);
    assertThat(otherValue.toJson().get("grantTokens").asInt()).isEqualTo(2);
    assertThat(otherOrder.toJson().toString()).isEqualTo("{\"grantTokens\":1,\"keyId\":\"k\"}");
    assertThat(otherType.toJson().get("grantTokens").isTextual()).isTrue();
  }
}
