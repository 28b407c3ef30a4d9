package io.atrest.policy.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.atrest.fixtures.Fixtures;
import io.atrest.policy.validate.Finding;
import io.atrest.policy.validate.PolicyKind;
import io.atrest.policy.validate.PolicyValidator;
import io.atrest.policy.validate.ValidationResult;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the validator over the corpus of malformed and risky policies in {@code fixtures}: each file
 * must produce exactly the set of finding codes its {@code NAME.expected.json} lists, validated as
 * a key policy and with the kind detected.
 */
class BadPolicyCorpusTest {

  private static final String FOLDER = "bad-policies";
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Arguments> corpus() {
    return Fixtures.list(FOLDER).stream()
        .filter(name -> name.endsWith(".json") && !name.endsWith(".expected.json"))
        .flatMap(
            name ->
                Stream.of(
                    Arguments.of(name, PolicyKind.KEY_POLICY),
                    Arguments.of(name, PolicyKind.AUTO)));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("corpus")
  void reportsExactlyTheExpectedCodes(String name, PolicyKind kind) throws Exception {
    String text = Fixtures.text(FOLDER + "/" + name);
    JsonNode expected =
        JSON.readTree(Fixtures.text(FOLDER + "/" + name.replace(".json", ".expected.json")));
    Set<String> expectedCodes = new TreeSet<>();
    expected.get("codes").forEach(code -> expectedCodes.add(code.asText()));

    ValidationResult result = new PolicyValidator().validate(name, text, kind);

    Set<String> actual =
        result.findings().stream()
            .map(f -> f.code().name())
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(actual)
        .as(
            "findings for %s:%n%s",
            name,
            result.findings().stream().map(Finding::toString).collect(Collectors.joining("\n")))
        .isEqualTo(expectedCodes);
    assertThat(result.findings())
        .allSatisfy(
            f -> {
              assertThat(f.line()).isPositive();
              assertThat(f.column()).isPositive();
            });
  }

  @Test
  void corpusHoldsAtLeastTwentyFivePolicies() {
    assertThat(corpus().count() / 2).isGreaterThanOrEqualTo(25);
  }
}
