package io.atrest.policy.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.policy.validate.OperatorName.Family;
import io.atrest.policy.validate.OperatorName.SetOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OperatorNameTest {

  @Test
  void fullName_splitsIntoSetOperatorBaseAndIfExists() {
    assertThat(OperatorName.parse("ForAllValues:StringNotEqualsIfExists"))
        .contains(
            new OperatorName(SetOperator.FOR_ALL_VALUES, "StringNotEquals", Family.STRING, true));
  }

  @Test
  void plainName_hasNoModifiers() {
    assertThat(OperatorName.parse("DateLessThan"))
        .contains(new OperatorName(SetOperator.NONE, "DateLessThan", Family.DATE, false));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "StringEqual",
        "stringEquals",
        "NullIfExists",
        "IfExists",
        "ForAllValue:StringEquals",
        "ForAnyValue:",
        "Bool ",
        ""
      })
  void nonOperator_isEmpty(String name) {
    assertThat(OperatorName.parse(name)).isEmpty();
  }

  @Test
  void negatedOperators_areNegated() {
    assertThat(OperatorName.parse("NotIpAddress").orElseThrow().isNegated()).isTrue();
    assertThat(OperatorName.parse("ArnNotLike").orElseThrow().isNegated()).isTrue();
    assertThat(OperatorName.parse("ArnLike").orElseThrow().isNegated()).isFalse();
  }

  @Test
  void properCase_findsTheIamSpelling() {
    assertThat(OperatorName.properCase("forallvalues:stringequalsifexists"))
        .contains("ForAllValues:StringEqualsIfExists");
  }
}
