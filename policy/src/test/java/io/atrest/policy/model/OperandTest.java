package io.atrest.policy.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OperandTest {

  private static Operand read(String text, String operator) {
    return Operand.read(text, ConditionOperator.parse(operator), true);
  }

  @Test
  void dates_acceptTheW3cFormsAndEpochSeconds() {
    Instant noon = Instant.parse("2026-01-31T12:00:00Z");
    assertThat(Operand.Date.parse("2026-01-31T12:00:00Z")).contains(noon);
    assertThat(Operand.Date.parse("2026-01-31T12:00Z")).contains(noon);
    assertThat(Operand.Date.parse("2026-01-31T13:00:00+01:00")).contains(noon);
    assertThat(Operand.Date.parse("2026-01-31T12:00:00.000Z")).contains(noon);
    assertThat(Operand.Date.parse("2026-01-31")).contains(Instant.parse("2026-01-31T00:00:00Z"));
    assertThat(Operand.Date.parse("1769860800")).contains(noon);
  }

  @Test
  void dates_rejectOtherText() {
    assertThat(Operand.Date.parse("yesterday")).isEmpty();
    assertThat(Operand.Date.parse("2026-13-01")).isEmpty();
    assertThat(Operand.Date.parse("2026-01-31T12:00:00*")).isEmpty();
  }

  @Test
  void numbers_acceptIntegersAndDecimals() {
    assertThat(Operand.Number.parse("10")).contains(new BigDecimal("10"));
    assertThat(Operand.Number.parse("-1.5")).contains(new BigDecimal("-1.5"));
    assertThat(Operand.Number.parse("ten")).isEmpty();
  }

  @Test
  void binary_isReadAsBase64() {
    assertThat(Operand.Binary.parse("QmluYXJ5")).contains("42696e617279");
    assertThat(Operand.Binary.parse("not base64!")).isEmpty();
  }

  @Test
  void eachFamily_readsItsOperand() {
    assertThat(read("a", "StringEquals")).isInstanceOf(Operand.Text.class);
    assertThat(read("true", "Bool")).isInstanceOf(Operand.Text.class);
    assertThat(read("a*", "StringLike")).isInstanceOf(Operand.Like.class);
    assertThat(read("arn:aws:iam::*:role/x", "ArnLike")).isInstanceOf(Operand.Arn.class);
    assertThat(read("10", "NumericLessThan")).isInstanceOf(Operand.Number.class);
    assertThat(read("2026-01-31", "DateLessThan")).isInstanceOf(Operand.Date.class);
    assertThat(read("QmluYXJ5", "BinaryEquals")).isInstanceOf(Operand.Binary.class);
    assertThat(read("10.0.0.0/8", "NotIpAddress")).isInstanceOf(Operand.Cidr.class);
    assertThat(read("true", "Null")).isEqualTo(new Operand.Presence(true));
    assertThat(read("false", "Null")).isEqualTo(new Operand.Presence(false));
  }

  @Test
  void unreadableValues_sayWhy() {
    assertThat(read("ten", "NumericEquals"))
        .isEqualTo(new Operand.Unreadable("`ten` is not a number"));
    assertThat(read("soon", "DateEquals")).isInstanceOf(Operand.Unreadable.class);
    assertThat(read("10.0.0.0/99", "IpAddress")).isInstanceOf(Operand.Unreadable.class);
    assertThat(read("maybe", "Null")).isInstanceOf(Operand.Unreadable.class);
    assertThat(read("x", "StringEqualz"))
        .isEqualTo(new Operand.Unreadable("`StringEqualz` is not a condition operator"));
  }

  @Test
  void variables_areReadOnlyForFamiliesThatAcceptThem() {
    assertThat(((Operand.Text) read("${aws:username}", "StringEquals")).template().hasVariables())
        .isTrue();
    assertThat(((Operand.Like) read("${aws:username}*", "StringLike")).compiled()).isEmpty();
    assertThat(((Operand.Arn) read("arn:aws:iam::1:user/${aws:username}", "ArnLike")).compiled())
        .isEmpty();
    assertThat(read("${aws:EpochTime}", "NumericLessThan")).isInstanceOf(Operand.Unreadable.class);
  }
}
