package io.atrest.policy.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.atrest.policy.Outcome;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One known-answer case of the decision corpus in {@code fixtures/.../vectors/policy/}: a key
 * policy (inline or a fixture name), the caller's identity policies, one request and the expected
 * outcome with the labels of the statements that determined it.
 */
record PolicyVector(
    String description,
    JsonNode keyPolicy,
    String keyPolicyFixture,
    List<JsonNode> identityPolicies,
    Request request,
    Expected expected) {

  PolicyVector {
    Objects.requireNonNull(description, "vector without description");
    if ((keyPolicy == null) == (keyPolicyFixture == null)) {
      throw new IllegalArgumentException(
          "vector `" + description + "` needs exactly one of keyPolicy and keyPolicyFixture");
    }
    identityPolicies = identityPolicies == null ? List.of() : List.copyOf(identityPolicies);
    Objects.requireNonNull(request, () -> "vector `" + description + "` has no request");
    Objects.requireNonNull(expected, () -> "vector `" + description + "` has no expected outcome");
  }

  /** The request, in the shape of the {@code atrest evaluate} request file. */
  record Request(String principal, String action, String resource, Map<String, JsonNode> context) {
    Request {
      Objects.requireNonNull(principal, "request without principal");
      Objects.requireNonNull(action, "request without action");
      Objects.requireNonNull(resource, "request without resource");
      context = context == null ? Map.of() : Map.copyOf(context);
    }
  }

  /** The expected decision; {@code determining} is empty exactly for an implicit deny. */
  record Expected(Outcome decision, List<String> determining) {
    Expected {
      Objects.requireNonNull(decision, "expected without decision");
      determining = determining == null ? List.of() : List.copyOf(determining);
      if ((decision == Outcome.IMPLICIT_DENY) != determining.isEmpty()) {
        throw new IllegalArgumentException(
            "expected "
                + decision
                + " with determining "
                + determining
                + ": only an implicit deny has no determining statement");
      }
    }
  }

  /** A file of the corpus: {@code {"vectors": [...]}}. */
  record VectorFile(List<PolicyVector> vectors) {
    VectorFile {
      vectors = List.copyOf(Objects.requireNonNull(vectors, "file without vectors"));
    }
  }
}
