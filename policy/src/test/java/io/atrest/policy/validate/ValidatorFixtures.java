package io.atrest.policy.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Helpers shared by the validator tests: policy texts built from statements, and assertions that a
 * finding sits exactly where a piece of text starts (an oracle independent of the JSON reader).
 */
final class ValidatorFixtures {

  static final PolicyValidator VALIDATOR = new PolicyValidator();

  /** The account delegation statement, so that tests of other rules can have a complete policy. */
  static final String ROOT =
      "{\"Sid\": \"EnableIam\", \"Effect\": \"Allow\", \"Principal\": {\"AWS\":"
          + " \"arn:aws:iam::111122223333:root\"}, \"Action\": \"kms:*\", \"Resource\": \"*\"}";

  private ValidatorFixtures() {}

  /** A policy with Version 2012-10-17 and the given statements, one per line. */
  static String policy(String... statements) {
    return "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    "
        + String.join(",\n    ", statements)
        + "\n  ]\n}\n";
  }

  static ValidationResult key(String text) {
    return VALIDATOR.validate("test.json", text, PolicyKind.KEY_POLICY);
  }

  static ValidationResult identity(String text) {
    return VALIDATOR.validate("test.json", text, PolicyKind.IDENTITY_POLICY);
  }

  /**
   * Asserts that the result has exactly one finding with this code, with this severity and pointer,
   * at the line and column where {@code needle} first occurs in {@code text}.
   */
  static Finding assertSingle(
      ValidationResult result,
      String text,
      FindingCode code,
      Severity severity,
      String pointer,
      String needle) {
    List<Finding> found = result.withCode(code);
    assertThat(found).as("findings with code %s among %s", code, result.findings()).hasSize(1);
    Finding finding = found.get(0);
    assertThat(finding.severity()).as("severity of %s", finding).isEqualTo(severity);
    assertThat(finding.pointer()).as("pointer of %s", finding).isEqualTo(pointer);
    int[] at = position(text, needle);
    assertThat(new int[] {finding.line(), finding.column()})
        .as("line and column of %s (where %s starts)", finding, needle)
        .containsExactly(at[0], at[1]);
    return finding;
  }

  static void assertNone(ValidationResult result, FindingCode code) {
    assertThat(result.withCode(code)).as("findings with code %s", code).isEmpty();
  }

  /** The 1-based line and column of the first occurrence of {@code needle}. */
  static int[] position(String text, String needle) {
    int index = text.indexOf(needle);
    assertThat(index).as("%s occurs in the policy text", needle).isNotNegative();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, index - lineStart + 1};
  }

  /** A test resource under {@code io/atrest/policy/validate/}. */
  static String resource(String name) {
    String path = "/io/atrest/policy/validate/" + name;
    try (InputStream in = ValidatorFixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
