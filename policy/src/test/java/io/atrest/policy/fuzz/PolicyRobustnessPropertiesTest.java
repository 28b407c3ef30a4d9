package io.atrest.policy.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.policy.parse.LocatedJson;
import io.atrest.policy.parse.PolicyParseException;
import io.atrest.policy.parse.PolicyParser;
import io.atrest.policy.validate.Finding;
import io.atrest.policy.validate.FindingCode;
import io.atrest.policy.validate.PolicyKind;
import io.atrest.policy.validate.PolicyValidator;
import io.atrest.policy.validate.Severity;
import io.atrest.policy.validate.ValidationResult;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever text it is given, the validator returns located findings and the parser either returns a
 * model or throws {@link PolicyParseException} with a location: neither ever fails otherwise.
 *
 * <p>Each property runs once per seed; the seed alone determines the input (see {@link
 * PolicyTexts}), so a failure names its seed and is reproduced by running that case again, or by
 * calling the generator with {@code new SplittableRandom(seed)}.
 */
class PolicyRobustnessPropertiesTest {

  private static final PolicyValidator VALIDATOR = new PolicyValidator();

  private static final Consumer<String> VALIDATED_WITH_LOCATIONS =
      PolicyRobustnessPropertiesTest::assertValidatedWithLocations;
  private static final Consumer<String> PARSED_OR_LOCATED =
      PolicyRobustnessPropertiesTest::assertParsesOrFailsWithLocation;

  static LongStream tries400() {
    return LongStream.range(0, 400);
  }

  static LongStream tries200() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("tries400")
  void validatorLocatesEveryFinding_forRandomJson(long seed) {
    forInput(seed, PolicyTexts::randomJson, VALIDATED_WITH_LOCATIONS);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("tries400")
  void validatorLocatesEveryFinding_forMutatedSeedPolicies(long seed) {
    forInput(seed, PolicyTexts::mutatedSeed, VALIDATED_WITH_LOCATIONS);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("tries400")
  void validatorLocatesEveryFinding_forArbitraryText(long seed) {
    forInput(seed, PolicyTexts::anyText, VALIDATED_WITH_LOCATIONS);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("tries400")
  void parserThrowsOnlyLocatedParseExceptions_forRandomJson(long seed) {
    forInput(seed, PolicyTexts::randomJson, PARSED_OR_LOCATED);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("tries400")
  void parserThrowsOnlyLocatedParseExceptions_forMutatedSeedPolicies(long seed) {
    forInput(seed, PolicyTexts::mutatedSeed, PARSED_OR_LOCATED);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("tries200")
  void parserThrowsOnlyLocatedParseExceptions_forArbitraryText(long seed) {
    forInput(seed, PolicyTexts::anyText, PARSED_OR_LOCATED);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("tries400")
  void policyWithoutValidationErrors_isAcceptedByTheParser(long seed) {
    forInput(
        seed,
        PolicyTexts::mutatedSeed,
        text -> {
          ValidationResult result = VALIDATOR.validate("fuzz.json", text, PolicyKind.AUTO);
          if (!result.fails(Severity.ERROR)) {
            assertThat(parse(text))
                .as("parser outcome for a policy the validator accepts:%n%s", text)
                .isNull();
          }
        });
  }

  /**
   * A number no decimal can hold ({@code 1e99999999999}) or longer than the reader's limit (5000
   * digits) in an otherwise valid policy is a located parse error for the parser and a single
   * located {@link FindingCode#INVALID_JSON} for the validator, never any other exception.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("tries400")
  void numbersOutOfRange_areLocatedParseErrors(long seed) {
    forInput(
        seed,
        PolicyTexts::seedWithNumbersOutOfRange,
        text -> {
          assertThat(assertParsesOrFailsWithLocation(text))
              .as("parser outcome for a policy with a number out of range")
              .isNotNull();
          assertThat(isJson(text)).as("whether the text reads as JSON").isFalse();
          assertValidatedWithLocations(text);
        });
  }

  /**
   * Generates the input of one case from its seed and checks the property on it; a failure, or any
   * exception the property lets through, is reported with the seed and the input.
   */
  private static void forInput(
      long seed, Function<SplittableRandom, String> generator, Consumer<String> property) {
    String text = generator.apply(new SplittableRandom(seed));
    try {
      property.accept(text);
    } catch (AssertionError | RuntimeException e) {
      throw new AssertionError(
          "property failed for seed " + seed + " on this input:\n" + abbreviate(text), e);
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 2_000
        ? text
        : text.substring(0, 2_000) + "... (" + text.length() + " characters)";
  }

  private static void assertValidatedWithLocations(String text) {
    for (PolicyKind kind : PolicyKind.values()) {
      ValidationResult result = VALIDATOR.validate("fuzz.json", text, kind);

      assertThat(result.kind()).isNotEqualTo(PolicyKind.AUTO);
      assertThat(result.findings()).isSortedAccordingTo(Finding.BY_LOCATION);
      for (Finding f : result.findings()) {
        assertThat(f.line()).as("line of %s", f).isGreaterThanOrEqualTo(1);
        assertThat(f.column()).as("column of %s", f).isGreaterThanOrEqualTo(1);
        // Empty or starting with '/'; (?s) because a member name may hold a line separator.
        assertThat(f.pointer()).as("pointer of %s", f).matches("(?s)|/.*");
        assertThat(f.message()).isNotBlank();
      }
      boolean readable = isJson(text);
      assertThat(result.withCode(FindingCode.INVALID_JSON))
          .as("INVALID_JSON for %s", text)
          .hasSize(readable ? 0 : 1);
    }
  }

  /** Checks that the parser accepts the text or fails with a location; returns its failure. */
  private static PolicyParseException assertParsesOrFailsWithLocation(String text) {
    PolicyParseException failure = parse(text);
    if (failure != null) {
      assertThat(failure.location()).isNotNull();
      assertThat(failure.location().line()).isGreaterThanOrEqualTo(1);
      assertThat(failure.location().column()).isGreaterThanOrEqualTo(1);
      assertThat(failure.getMessage()).isNotBlank();
    }
    return failure;
  }

  /** The parser's exception, or null when it accepted the text; anything else propagates. */
  private static PolicyParseException parse(String text) {
    try {
      PolicyParser.parse("fuzz.json", text);
      return null;
    } catch (PolicyParseException e) {
      return e;
    }
  }

  private static boolean isJson(String text) {
    try {
      LocatedJson.read(text);
      return true;
    } catch (PolicyParseException e) {
      return false;
    }
  }
}
