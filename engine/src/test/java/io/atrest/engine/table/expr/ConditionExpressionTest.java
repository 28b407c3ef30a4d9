package io.atrest.engine.table.expr;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.engine.table.item.AttributeValue;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionExpressionTest {
  @Test
  void attributeNotExists_holdsForMissingItem() {
    assertThat(
            ConditionExpression.parse("attribute_not_exists(pk)", Map.of(), Map.of())
                .test(Map.of()))
        .isTrue();
  }

  @Test
  void andOrNot_combine() {
    ConditionExpression c =
        ConditionExpression.parse(
            "NOT (a = :x) AND (b > :y OR attribute_exists(c))",
            Map.of(),
            Map.of(":x", AttributeValue.n(1), ":y", AttributeValue.n(5)));
    assertThat(c.test(Map.of("a", AttributeValue.n(2), "b", AttributeValue.n(6)))).isTrue();
    assertThat(c.test(Map.of("a", AttributeValue.n(1), "b", AttributeValue.n(6)))).isFalse();
  }
}
