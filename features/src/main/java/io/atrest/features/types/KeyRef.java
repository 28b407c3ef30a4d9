package io.atrest.features.types;

import java.util.Objects;

/**
 * A KMS key as a feature file names it: {@code key "app-key"} is a key the scenario created under
 * that name; {@code the AWS managed key "aws/dynamodb"} is the account's AWS managed key.
 *
 * @param name the scenario's name for the key, or the alias of an AWS managed key
 * @param awsManaged whether the phrase names an AWS managed key
 */
public record KeyRef(String name, boolean awsManaged) {

  /** The regular expression of the {@code {key}} parameter type (no capture groups). */
  public static final String REGEX = "key \"[^\"]+\"|the AWS managed key \"aws/[a-z0-9-]+\"";

  public KeyRef {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a key's name must not be blank");
    }
  }

  /** Parses one phrase matched by {@link #REGEX}. */
  public static KeyRef parse(String phrase) {
    String quoted = phrase.substring(phrase.indexOf('"') + 1, phrase.lastIndexOf('"'));
    return new KeyRef(quoted, phrase.startsWith("the AWS managed key"));
  }

  @Override
  public String toString() {
    return awsManaged ? "the AWS managed key \"" + name + "\"" : "key \"" + name + "\"";
  }
}
