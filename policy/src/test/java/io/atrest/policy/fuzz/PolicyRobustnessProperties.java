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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever text it is given, the validator returns located findings and the parser either returns a
 * model or throws {@link PolicyParseException} with a location: neither ever fails otherwise.
 */
class PolicyRobustnessProperties {

  private static final PolicyValidator VALIDATOR = new PolicyValidator();

  @Provide
  Arbitrary<String> randomJson() {
    return PolicyTexts.randomJson();
  }

  @Provide
  Arbitrary<String> mutatedPolicies() {
    return PolicyTexts.mutatedSeeds();
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(200),
        Arbitraries.strings().withChars("{}[]\":,\\ \n\tatrue0-1e.").ofMaxLength(60));
  }

  @Property(tries = 400)
  void validatorLocatesEveryFinding_forRandomJson(@ForAll("randomJson") String text) {
    assertValidatedWithLocations(text);
  }

  @Property(tries = 400)
  void validatorLocatesEveryFinding_forMutatedSeedPolicies(@ForAll("mutatedPolicies") String text) {
    assertValidatedWithLocations(text);
  }

  @Property(tries = 400)
  void validatorLocatesEveryFinding_forArbitraryText(@ForAll("anyText") String text) {
    assertValidatedWithLocations(text);
  }

  @Property(tries = 400)
  void parserThrowsOnlyLocatedParseExceptions_forRandomJson(@ForAll("randomJson") String text) {
    assertParsesOrFailsWithLocation(text);
  }

  @Property(tries = 400)
  void parserThrowsOnlyLocatedParseExceptions_forMutatedSeedPolicies(
      @ForAll("mutatedPolicies") String text) {
    assertParsesOrFailsWithLocation(text);
  }

  @Property(tries = 200)
  void parserThrowsOnlyLocatedParseExceptions_forArbitraryText(@ForAll("anyText") String text) {
    assertParsesOrFailsWithLocation(text);
  }

  @Property(tries = 400)
  void policyWithoutValidationErrors_isAcceptedByTheParser(@ForAll("mutatedPolicies") String text) {
    ValidationResult result = VALIDATOR.validate("fuzz.json", text, PolicyKind.AUTO);
    if (!result.fails(Severity.ERROR)) {
      assertThat(parse(text))
          .as("parser outcome for a policy the validator accepts:%n%s", text)
          .isNull();
    }
  }

  private static void assertValidatedWithLocations(String text) {
    for (PolicyKind kind : PolicyKind.values()) {
      ValidationResult result = VALIDATOR.validate("fuzz.json", text, kind);

      assertThat(result.kind()).isNotEqualTo(PolicyKind.AUTO);
      assertThat(result.findings()).isSortedAccordingTo(Finding.BY_LOCATION);
      for (Finding f : result.findings()) {
        assertThat(f.line()).as("line of %s", f).isGreaterThanOrEqualTo(1);
        assertThat(f.column()).as("column of %s", f).isGreaterThanOrEqualTo(1);
        assertThat(f.pointer()).as("pointer of %s", f).matches("|/.*");
        assertThat(f.message()).isNotBlank();
      }
      boolean readable = isJson(text);
      assertThat(result.withCode(FindingCode.INVALID_JSON))
          .as("INVALID_JSON for %s", text)
          .hasSize(readable ? 0 : 1);
    }
  }

  private static void assertParsesOrFailsWithLocation(String text) {
    PolicyParseException failure = parse(text);
    if (failure != null) {
      assertThat(failure.location()).isNotNull();
      assertThat(failure.location().line()).isGreaterThanOrEqualTo(1);
      assertThat(failure.location().column()).isGreaterThanOrEqualTo(1);
      assertThat(failure.getMessage()).isNotBlank();
    }
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
