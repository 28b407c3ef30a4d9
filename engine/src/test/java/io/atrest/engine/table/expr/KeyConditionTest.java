package io.atrest.engine.table.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.table.error.ValidationException;
import io.atrest.engine.table.item.AttributeValue;
import io.atrest.engine.table.schema.KeySchema;
import io.atrest.engine.table.schema.ScalarType;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyConditionTest {
  private static final KeySchema SCHEMA = KeySchema.hashRange("pk", "sk");

  private static KeyCondition parse(String e, Map<String, AttributeValue> values) {
    return KeyCondition.parse(
        e, Map.of(), values, SCHEMA, n -> n.equals("pk") ? ScalarType.S : ScalarType.N);
  }

  @Test
  void sortConditionFirst_isAccepted() {
    KeyCondition c =
        parse(
            "sk > :n AND pk = :p", Map.of(":p", AttributeValue.s("a"), ":n", AttributeValue.n(5)));
    assertThat(c.partitionValue()).isEqualTo(AttributeValue.s("a"));
    assertThat(c.sort().orElseThrow().matches(AttributeValue.n(6))).isTrue();
  }

  @Test
  void numbersCompareNumerically() {
    KeyCondition c =
        parse(
            "pk = :p AND sk <= :n",
            Map.of(":p", AttributeValue.s("a"), ":n", AttributeValue.n(10)));
    assertThat(c.sort().orElseThrow().matches(AttributeValue.n(9))).isTrue();
    assertThat(c.sort().orElseThrow().matches(AttributeValue.n(11))).isFalse();
  }

  @Test
  void missingPartitionKey_fails() {
    assertThatThrownBy(() -> parse("sk = :n", Map.of(":n", AttributeValue.n(1))))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Query condition missed key schema element: pk");
  }

  @Test
  void undefinedValue_fails() {
    assertThatThrownBy(() -> parse("pk = :x", Map.of()))
        .hasMessage(
            "Invalid KeyConditionExpression: An expression attribute value used in expression is not defined; attribute value: :x");
  }
}
