package io.atrest.engine.table.schema;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.table.error.ValidationException;
import io.atrest.engine.table.item.AttributeValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TableSchemaTest {
  private final TableSchema schema =
      new TableSchema(
          KeySchema.hash("id"), List.of(new AttributeDefinition("id", ScalarType.S)), List.of());

  @Test
  void itemKeyOfWrongType_failsWithTypeMismatch() {
    assertThatThrownBy(() -> schema.keyOfItem(Map.of("id", AttributeValue.n(1))))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "One or more parameter values were invalid: Type mismatch for key id expected: S actual: N");
  }

  @Test
  void emptyStringKey_fails() {
    assertThatThrownBy(() -> schema.keyOfItem(Map.of("id", AttributeValue.s(""))))
        .hasMessageContaining("cannot contain an empty string value. Key: id");
  }

  @Test
  void keyWithExtraAttribute_doesNotMatchSchema() {
    assertThatThrownBy(
            () -> schema.keyOf(Map.of("id", AttributeValue.s("a"), "x", AttributeValue.s("b"))))
        .hasMessage("The provided key element does not match the schema");
  }

  @Test
  void undefinedKeyAttribute_fails() {
    assertThatThrownBy(
            () ->
                new TableSchema(
                    KeySchema.hash("id"),
                    List.of(new AttributeDefinition("other", ScalarType.S)),
                    List.of()))
        .hasMessageContaining("Some index key attributes are not defined in AttributeDefinitions");
  }

  @Test
  void firstElementNotHash_fails() {
    assertThatThrownBy(() -> KeySchema.of(List.of(new KeySchemaElement("id", KeyType.RANGE))))
        .hasMessage("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
  }
}
