package io.atrest.policy.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArnPatternTest {

  private static final String KEY =
      "arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";

  @Test
  void exactArn_matchesOnlyThatArn() {
    assertThat(ArnPattern.of(KEY).matches(KEY)).isTrue();
    assertThat(ArnPattern.of(KEY).matches(KEY.replace("us-west-2", "us-east-1"))).isFalse();
  }

  @Test
  void wildcardsWorkWithinEachPart() {
    assertThat(ArnPattern.of("arn:aws:kms:*:111122223333:key/*").matches(KEY)).isTrue();
    assertThat(ArnPattern.of("arn:aws:kms:us-????-2:111122223333:key/*").matches(KEY)).isTrue();
    assertThat(ArnPattern.of("arn:aws:kms:*:444455556666:key/*").matches(KEY)).isFalse();
  }

  @Test
  void starCannotSpanAColonBetweenParts() {
    // The documented ArnLike-versus-StringLike example [IAM-OPS].
    ArnPattern pattern = ArnPattern.of("arn:aws:someservice:*:111122223333:finance/*");
    String value =
        "arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt";
    assertThat(pattern.matches(value)).isFalse();
    assertThat(Glob.of("arn:aws:someservice:*:111122223333:finance/*", false).matches(value))
        .isTrue();
  }

  @Test
  void resourcePart_keepsItsColons() {
    assertThat(
            ArnPattern.of("arn:aws:logs:*:*:log-group:app:*")
                .matches("arn:aws:logs:us-west-2:111122223333:log-group:app:log-stream:x"))
        .isTrue();
  }

  @Test
  void loneStar_matchesAnyValue() {
    assertThat(ArnPattern.of("*").matches(KEY)).isTrue();
    assertThat(ArnPattern.of("*").matches("not-an-arn")).isTrue();
  }

  @Test
  void patternWithFewerParts_doesNotMatchAFullArn() {
    assertThat(ArnPattern.of("arn:aws:kms:*").matches(KEY)).isFalse();
  }

  @Test
  void matchingIsCaseSensitive() {
    assertThat(ArnPattern.of(KEY.toUpperCase(java.util.Locale.ROOT)).matches(KEY)).isFalse();
  }
}
