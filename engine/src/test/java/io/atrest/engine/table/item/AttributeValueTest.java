package io.atrest.engine.table.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.table.error.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributeValueTest {
  @Test
  void emptyStringSet_fails() {
    assertThatThrownBy(() -> AttributeValue.ss(List.of()))
        .isInstanceOf(ValidationException.class)
        .hasMessage("One or more parameter values were invalid: An string set  may not be empty");
  }

  @Test
  void emptyNumberSet_fails() {
    assertThatThrownBy(() -> AttributeValue.ns(List.of()))
        .hasMessage("One or more parameter values were invalid: An number set  may not be empty");
  }

  @Test
  void duplicateStringSetMembers_fail() {
    assertThatThrownBy(() -> AttributeValue.ss(List.of("a", "a")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("contains duplicates");
  }

  @Test
  void numericallyEqualNumberSetMembers_fail() {
    assertThatThrownBy(() -> AttributeValue.ns(List.of("1", "1.0")))
        .hasMessageContaining("contains duplicates");
  }

  @Test
  void nonNumericNumber_fails() {
    assertThatThrownBy(() -> AttributeValue.n("abc"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("The parameter cannot be converted to a numeric value: abc");
  }

  @Test
  void numberBeyondRange_fails() {
    assertThatThrownBy(() -> AttributeValue.n("1E+126")).hasMessageStartingWith("Number overflow.");
  }

  @Test
  void numbers_areCanonicalized() {
    assertThat(AttributeValue.n("1.50")).isEqualTo(AttributeValue.n("1.5"));
  }
}
