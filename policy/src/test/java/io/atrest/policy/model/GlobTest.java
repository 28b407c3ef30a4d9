package io.atrest.policy.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class GlobTest {

  @Test
  void patternWithoutWildcards_matchesOnlyItself() {
    Glob glob = Glob.of("kms:Decrypt", false);
    assertThat(glob.matches("kms:Decrypt")).isTrue();
    assertThat(glob.matches("kms:Decrypts")).isFalse();
    assertThat(glob.matches("kms:decrypt")).isFalse();
    assertThat(glob.hasWildcards()).isFalse();
  }

  @Test
  void ignoringCase_matchesAnyCase() {
    assertThat(Glob.of("kms:ReEncrypt*", true).matches("KMS:reencryptFROM")).isTrue();
  }

  @Test
  void star_matchesAnyRunIncludingNone() {
    Glob glob = Glob.of("kms:GenerateDataKey*", false);
    assertThat(glob.matches("kms:GenerateDataKey")).isTrue();
    assertThat(glob.matches("kms:GenerateDataKeyWithoutPlaintext")).isTrue();
    assertThat(glob.matches("kms:GenerateDataKe")).isFalse();
  }

  @Test
  void starInTheMiddle_backtracks() {
    Glob glob = Glob.of("iam:*AccessKey*", false);
    assertThat(glob.matches("iam:CreateAccessKey")).isTrue();
    assertThat(glob.matches("iam:ListAccessKeys")).isTrue();
    assertThat(glob.matches("iam:ListAccessKe")).isFalse();
    assertThat(Glob.of("a*b*c", false).matches("aXbYbZc")).isTrue();
    assertThat(Glob.of("a*b*c", false).matches("aXbYbZ")).isFalse();
  }

  @Test
  void questionMark_matchesExactlyOneCharacter() {
    Glob glob = Glob.of("kms:Ge?Key", false);
    assertThat(glob.matches("kms:GetKey")).isTrue();
    assertThat(glob.matches("kms:GeKey")).isFalse();
    assertThat(glob.matches("kms:GettKey")).isFalse();
  }

  @Test
  void loneStar_matchesEverythingIncludingEmpty() {
    assertThat(Glob.of("*", false).matches("")).isTrue();
    assertThat(Glob.of("**", false).matches("anything")).isTrue();
  }

  @Test
  void literalPositions_areNotWildcards() {
    BitSet literal = new BitSet();
    literal.set(1);
    Glob glob = Glob.withLiterals("a*", literal, false);
    assertThat(glob.matches("a*")).isTrue();
    assertThat(glob.matches("ab")).isFalse();
  }

  @Test
  void region_isMatchedInPlace() {
    assertThat(Glob.of("us-*", false).matches("arn:aws:kms:us-west-2:1", 12, 21)).isTrue();
    assertThat(Glob.of("us-*", false).matches("arn:aws:kms:eu-west-2:1", 12, 21)).isFalse();
  }

  @Test
  void equalGlobs_areEqual() {
    assertThat(Glob.of("a*", true))
        .isEqualTo(Glob.of("a*", true))
        .hasSameHashCodeAs(Glob.of("a*", true));
    assertThat(Glob.of("a*", true)).isNotEqualTo(Glob.of("a*", false));
  }
}
