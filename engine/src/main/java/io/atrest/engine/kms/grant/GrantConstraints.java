package io.atrest.engine.kms.grant;

import io.atrest.engine.crypto.EncryptionContext;
import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The {@code Constraints} of a grant, as the API shapes them: {@code EncryptionContextEquals} (the
 * request's context must equal the pairs) and {@code EncryptionContextSubset} (the request's
 * context must contain them), case-sensitive and order-free [KMS-CGO]. The API lets a request carry
 * both; CreateGrant then refuses it, so a stored grant has at most one.
 *
 * @param encryptionContextEquals the pairs of an equality constraint, or null
 * @param encryptionContextSubset the pairs of a subset constraint, or null
 */
public record GrantConstraints(
    Map<String, String> encryptionContextEquals, Map<String, String> encryptionContextSubset)
    implements Serializable {

  /** The two constraint types, named as {@code kms:GrantConstraintType} names them. */
  public enum Kind {
    EQUALS("EncryptionContextEquals"),
    SUBSET("EncryptionContextSubset");

    private final String awsName;

    Kind(String awsName) {
      this.awsName = awsName;
    }

    public String awsName() {
      return awsName;
    }
  }

  public GrantConstraints {
    encryptionContextEquals = copy(encryptionContextEquals);
    encryptionContextSubset = copy(encryptionContextSubset);
  }

  public static GrantConstraints equalTo(Map<String, String> pairs) {
    return new GrantConstraints(pairs, null);
  }

  public static GrantConstraints subsetOf(Map<String, String> pairs) {
    return new GrantConstraints(null, pairs);
  }

  /** Whether the request carried both constraint types, which CreateGrant refuses. */
  public boolean hasBoth() {
    return encryptionContextEquals != null && encryptionContextSubset != null;
  }

  /** The constraint type, empty when neither is set. */
  public Optional<Kind> kind() {
    if (encryptionContextEquals != null) {
      return Optional.of(Kind.EQUALS);
    }
    return encryptionContextSubset != null ? Optional.of(Kind.SUBSET) : Optional.empty();
  }

  /** The pairs of the constraint (empty when none). */
  public Map<String, String> pairs() {
    if (encryptionContextEquals != null) {
      return encryptionContextEquals;
    }
    return encryptionContextSubset != null ? encryptionContextSubset : Map.of();
  }

  /** Whether a request carrying {@code context} satisfies the constraint. */
  public boolean allows(EncryptionContext context) {
    EncryptionContext required = EncryptionContext.of(pairs());
    return kind()
        .map(k -> k == Kind.EQUALS ? required.equals(context) : required.isSubsetOf(context))
        .orElse(true);
  }

  /**
   * Whether a child grant with {@code child} constraints is at least as strict as this one: every
   * context the child allows, this allows too.
   */
  public boolean isNoLooserThan(GrantConstraints child) {
    if (kind().isEmpty()) {
      return true;
    }
    if (child.kind().isEmpty()) {
      return false;
    }
    EncryptionContext childPairs = EncryptionContext.of(child.pairs());
    return child.kind().get() == Kind.EQUALS
        ? allows(childPairs)
        : kind().get() == Kind.SUBSET && EncryptionContext.of(pairs()).isSubsetOf(childPairs);
  }

  private static Map<String, String> copy(Map<String, String> pairs) {
    return pairs == null ? null : Collections.unmodifiableMap(new TreeMap<>(pairs));
  }
}
