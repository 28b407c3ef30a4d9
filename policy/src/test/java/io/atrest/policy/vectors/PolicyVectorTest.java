package io.atrest.policy.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.atrest.fixtures.Fixtures;
import io.atrest.policy.Decision;
import io.atrest.policy.KeyPolicyAuthorizer;
import io.atrest.policy.Reason;
import io.atrest.policy.eval.AuthorizationRequest;
import io.atrest.policy.eval.ContextValue;
import io.atrest.policy.eval.Principal;
import io.atrest.policy.eval.RequestContext;
import io.atrest.policy.model.PolicyDocument;
import io.atrest.policy.parse.PolicyParseException;
import io.atrest.policy.parse.PolicyParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the policy decision corpus of {@code atrest-fixtures} through {@link KeyPolicyAuthorizer}:
 * each vector's outcome and determining statements must come out exactly as the documented
 * semantics say.
 */
class PolicyVectorTest {

  private static final String FOLDER = "vectors/policy";
  private static final int MINIMUM_VECTORS = 200;

  // Strict on purpose: a misspelt field in a vector must fail the run, not be silently ignored.
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  static Stream<Arguments> vectors() {
    List<Arguments> all = new ArrayList<>();
    for (String file : vectorFiles()) {
      for (PolicyVector vector : read(file).vectors()) {
        all.add(Arguments.of(Named.of(file + ": " + vector.description(), vector)));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void vectorDecidesAsDocumented(PolicyVector vector) throws PolicyParseException {
    Decision decision =
        new KeyPolicyAuthorizer()
            .authorize(request(vector), keyPolicy(vector), identityPolicies(vector));

    List<String> determining = decision.determining().stream().map(Reason::statement).toList();
    assertThat(decision.outcome())
        .as("outcome of `%s`; the decision was:%n%s", vector.description(), decision.explain())
        .isEqualTo(vector.expected().decision());
    assertThat(determining)
        .as(
            "determining statements of `%s`; the decision was:%n%s",
            vector.description(), decision.explain())
        .containsExactlyInAnyOrderElementsOf(vector.expected().determining());
  }

  @Test
  void corpusHoldsAtLeast200Vectors() {
    int count = vectorFiles().stream().mapToInt(file -> read(file).vectors().size()).sum();
    assertThat(count).isGreaterThanOrEqualTo(MINIMUM_VECTORS);
  }

  @Test
  void everyCorpusFileParsesAndHoldsVectors() {
    assertThat(vectorFiles()).isNotEmpty();
    for (String file : vectorFiles()) {
      assertThat(read(file).vectors()).as("vectors of %s", file).isNotEmpty();
    }
  }

  @Test
  void descriptionsAreUniqueSoThatAFailureNamesOneVector() {
    List<String> names = new ArrayList<>();
    for (String file : vectorFiles()) {
      read(file).vectors().forEach(v -> names.add(file + ": " + v.description()));
    }
    assertThat(names).doesNotHaveDuplicates();
  }

  @Test
  void everyPolicyOfTheCorpusParses() throws PolicyParseException {
    for (String file : vectorFiles()) {
      for (PolicyVector vector : read(file).vectors()) {
        assertThat(keyPolicy(vector)).as("key policy of `%s`", vector.description()).isNotNull();
        assertThat(identityPolicies(vector)).hasSameSizeAs(vector.identityPolicies());
      }
    }
  }

  @Test
  void aVectorWithAnUnknownField_isRejected() {
    String text =
        "{\"vectors\":[{\"description\":\"d\",\"keyPolicyFixture\":\"policies/x.json\","
            + "\"request\":{\"principal\":\"p\",\"action\":\"kms:Decrypt\",\"resource\":\"r\"},"
            + "\"expected\":{\"decision\":\"IMPLICIT_DENY\",\"determining\":[]},"
            + "\"expectd\":{}}]}";
    assertThatThrownBy(() -> JSON.readValue(text, PolicyVector.VectorFile.class))
        .hasMessageContaining("expectd");
  }

  private static List<String> vectorFiles() {
    return Fixtures.list(FOLDER).stream().filter(name -> name.endsWith(".json")).toList();
  }

  private static PolicyVector.VectorFile read(String file) {
    try {
      return JSON.readValue(Fixtures.text(FOLDER + "/" + file), PolicyVector.VectorFile.class);
    } catch (IOException e) {
      throw new UncheckedIOException("vector file `" + file + "` does not parse", e);
    }
  }

  private static PolicyDocument keyPolicy(PolicyVector vector) throws PolicyParseException {
    String text =
        vector.keyPolicyFixture() != null
            ? Fixtures.text(vector.keyPolicyFixture())
            : pretty(vector.keyPolicy());
    return PolicyParser.parse("key-policy", text);
  }

  private static List<PolicyDocument> identityPolicies(PolicyVector vector)
      throws PolicyParseException {
    List<PolicyDocument> policies = new ArrayList<>();
    for (int i = 0; i < vector.identityPolicies().size(); i++) {
      String text = pretty(vector.identityPolicies().get(i));
      policies.add(PolicyParser.parse("identity-policy[" + i + "]", text));
    }
    return policies;
  }

  private static AuthorizationRequest request(PolicyVector vector) {
    PolicyVector.Request request = vector.request();
    RequestContext.Builder context = RequestContext.builder();
    for (Map.Entry<String, JsonNode> entry : request.context().entrySet()) {
      context.put(entry.getKey(), contextValue(entry.getKey(), entry.getValue()));
    }
    return new AuthorizationRequest(
        Principal.parse(request.principal()),
        request.action(),
        request.resource(),
        context.build());
  }

  /** A string, boolean or number is single-valued; a list of strings makes the key multivalued. */
  private static ContextValue contextValue(String key, JsonNode value) {
    if (value.isTextual()) {
      return ContextValue.of(value.textValue());
    }
    if (value.isBoolean()) {
      return ContextValue.of(value.booleanValue());
    }
    if (value.isNumber()) {
      return ContextValue.of(value.decimalValue().toPlainString());
    }
    if (value.isArray()) {
      List<String> values = new ArrayList<>();
      for (JsonNode element : value) {
        if (!element.isTextual()) {
          throw new IllegalArgumentException(
              "context key `" + key + "`: a list holds strings only, got " + element);
        }
        values.add(element.textValue());
      }
      return ContextValue.ofList(values);
    }
    throw new IllegalArgumentException(
        "context key `"
            + key
            + "`: a value is a string, boolean, number or list of strings, got "
            + value);
  }

  private static String pretty(JsonNode policy) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(policy);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write policy " + policy, e);
    }
  }
}
