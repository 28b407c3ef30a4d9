package io.atrest.policy.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.policy.model.ConditionOperator.SetQualifier;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConditionOperatorTest {

  @Test
  void plainOperator_hasNoQualifierNorIfExists() {
    ConditionOperator op = ConditionOperator.parse("StringEquals");
    assertThat(op.base()).contains(BaseOperator.STRING_EQUALS);
    assertThat(op.qualifier()).isEqualTo(SetQualifier.NONE);
    assertThat(op.ifExists()).isFalse();
  }

  @Test
  void ifExistsSuffix_isRecognised() {
    ConditionOperator op = ConditionOperator.parse("StringNotLikeIfExists");
    assertThat(op.base()).contains(BaseOperator.STRING_NOT_LIKE);
    assertThat(op.ifExists()).isTrue();
  }

  @Test
  void setQualifiers_areRecognisedWithIfExists() {
    ConditionOperator op = ConditionOperator.parse("ForAllValues:StringNotEqualsIfExists");
    assertThat(op.qualifier()).isEqualTo(SetQualifier.FOR_ALL_VALUES);
    assertThat(op.base()).contains(BaseOperator.STRING_NOT_EQUALS);
    assertThat(op.ifExists()).isTrue();
    assertThat(ConditionOperator.parse("ForAnyValue:StringLike").qualifier())
        .isEqualTo(SetQualifier.FOR_ANY_VALUE);
  }

  @Test
  void nullIfExists_isNotAnOperator() {
    assertThat(ConditionOperator.parse("NullIfExists").known()).isFalse();
  }

  @Test
  void operatorNames_areCaseSensitive() {
    assertThat(ConditionOperator.parse("stringequals").known()).isFalse();
    assertThat(ConditionOperator.parse("StringEqualz").known()).isFalse();
    assertThat(ConditionOperator.parse("StringEqualz").text()).isEqualTo("StringEqualz");
  }

  @Test
  void everyDocumentedOperator_parses() {
    for (BaseOperator base : BaseOperator.values()) {
      assertThat(ConditionOperator.parse(base.awsName()).base()).contains(base);
    }
  }

  @Test
  void negatedOperators_areTheDocumentedOnes() {
    assertThat(BaseOperator.values())
        .filteredOn(BaseOperator::negated)
        .extracting(BaseOperator::awsName)
        .containsExactlyInAnyOrder(
            "StringNotEquals",
            "StringNotEqualsIgnoreCase",
            "StringNotLike",
            "NumericNotEquals",
            "DateNotEquals",
            "NotIpAddress",
            "ArnNotEquals",
            "ArnNotLike");
  }

  @Test
  void nullWithIfExists_cannotBeBuilt() {
    assertThatThrownBy(
            () ->
                new ConditionOperator(
                    "NullIfExists", SetQualifier.NONE, Optional.of(BaseOperator.NULL), true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NullIfExists");
  }
}
