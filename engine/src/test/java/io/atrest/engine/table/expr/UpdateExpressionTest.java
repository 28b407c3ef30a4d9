package io.atrest.engine.table.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.table.error.ValidationException;
import io.atrest.engine.table.item.AttributeValue;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UpdateExpressionTest {
  @Test
  void setWithArithmetic_addsToNumber() {
    UpdateExpression u =
        UpdateExpression.parse("SET c = c + :one", Map.of(), Map.of(":one", AttributeValue.n(1)));
    assertThat(u.apply(Map.of("c", AttributeValue.n(41)))).containsEntry("c", AttributeValue.n(42));
  }

  @Test
  void ifNotExists_keepsExistingValue() {
    UpdateExpression u =
        UpdateExpression.parse(
            "SET #c = if_not_exists(#c, :z)", Map.of("#c", "c"), Map.of(":z", AttributeValue.n(0)));
    assertThat(u.apply(Map.of("c", AttributeValue.n(7)))).containsEntry("c", AttributeValue.n(7));
  }

  @Test
  void remove_dropsAttribute() {
    UpdateExpression u = UpdateExpression.parse("REMOVE a", Map.of(), Map.of());
    assertThat(u.apply(Map.of("a", AttributeValue.s("x")))).doesNotContainKey("a");
  }

  @Test
  void undefinedName_fails() {
    assertThatThrownBy(
            () ->
                UpdateExpression.parse("SET #n = :v", Map.of(), Map.of(":v", AttributeValue.n(1))))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith(
            "Invalid UpdateExpression: An expression attribute name used in the document path is not defined");
  }

  @Test
  void overlappingPaths_fail() {
    assertThatThrownBy(
            () ->
                UpdateExpression.parse(
                    "SET a = :v REMOVE a", Map.of(), Map.of(":v", AttributeValue.n(1))))
        .hasMessageContaining("Two document paths overlap");
  }
}
