package io.atrest.policy.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed policy: a key policy, an IAM identity policy or any resource policy.
 *
 * @param source a name for the policy used in reasons, such as {@code key-policy} or a file name
 * @param version the {@code Version} element when present ({@code 2012-10-17} or {@code
 *     2008-10-17})
 * @param id the {@code Id} element when present
 * @param statements the statements in document order
 * @param sizeInBytes the size of the policy text in UTF-8 bytes (KMS limits key policies to 32 KiB)
 */
public record PolicyDocument(
    String source,
    Optional<String> version,
    Optional<String> id,
    List<Statement> statements,
    int sizeInBytes) {

  /** The version that enables policy variables. */
  public static final String VERSION_2012 = "2012-10-17";

  /** The older version, under which {@code ${...}} is literal text. */
  public static final String VERSION_2008 = "2008-10-17";

  public PolicyDocument {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(id, "id");
    statements = List.copyOf(statements);
    if (sizeInBytes < 0) {
      throw new IllegalArgumentException("sizeInBytes must not be negative, got " + sizeInBytes);
    }
  }

  /**
   * Whether {@code ${...}} is a policy variable: only under {@code Version 2012-10-17}; under an
   * older or missing version it is literal text [IAM-VARS].
   */
  public boolean variablesEnabled() {
    return version.filter(VERSION_2012::equals).isPresent();
  }
}
