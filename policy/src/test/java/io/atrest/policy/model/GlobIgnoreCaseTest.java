package io.atrest.policy.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobIgnoreCaseTest {

  @ParameterizedTest
  @CsvSource({
    "Get*, GetKeyPolicy, true",
    "get*, GetKeyPolicy, true",
    "*, Decrypt, true",
    "ReEncrypt*, ReEncryptFrom, true",
    "Verify?ac, VerifyMac, true",
    "*Key*, CreateKey, true",
    "*a*b*, xaxxbx, true",
    "Get*, ListKeys, false",
    "Verify?ac, VerifyMMac, false",
    "Decrypt, Decrypts, false",
    "a*b, ab, true",
    "a*b, a, false",
    "'', '', true",
    "'', a, false"
  })
  void matchesIgnoringCase(String pattern, String text, boolean expected) {
    assertThat(Glob.of(pattern, true).matches(text)).isEqualTo(expected);
  }
}
