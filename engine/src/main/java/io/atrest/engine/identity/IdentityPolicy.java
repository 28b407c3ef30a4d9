package io.atrest.engine.identity;

import io.atrest.policy.model.PolicyDocument;
import io.atrest.policy.parse.PolicyParseException;
import io.atrest.policy.parse.PolicyParser;
import java.util.Objects;

/**
 * An IAM identity policy attached to a user or role: its name, its JSON source, and the parsed
 * document (parsed once, when the policy is created, so a malformed policy never gets attached).
 */
public record IdentityPolicy(String name, String json, PolicyDocument document) {

  public IdentityPolicy {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(document, "document");
    if (name.isBlank()) {
      throw new IllegalArgumentException("identity policy name must not be blank");
    }
  }

  /**
   * Parses {@code json} as the identity policy {@code name}.
   *
   * @throws IllegalArgumentException naming the policy and the parser's located message
   */
  public static IdentityPolicy parse(String name, String json) {
    try {
      return new IdentityPolicy(name, json, PolicyParser.parse("identity-policy:" + name, json));
    } catch (PolicyParseException e) {
      throw new IllegalArgumentException("identity policy `" + name + "` is malformed: " + e, e);
    }
  }
}
