package io.atrest.policy.model;

import io.atrest.policy.SourceLocation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One statement of a policy. At most one of each pair ({@code Principal}/{@code NotPrincipal},
 * {@code Action}/{@code NotAction}, {@code Resource}/{@code NotResource}) is present; a statement
 * missing its action or resource is kept (KMS stores such key policies) but never applies.
 *
 * @param sid the {@code Sid} element when present
 * @param index the position of the statement in the policy, from 0
 */
public record Statement(
    Optional<String> sid,
    int index,
    Effect effect,
    Optional<PrincipalSpec> principal,
    Optional<PrincipalSpec> notPrincipal,
    Optional<ActionSpec> action,
    Optional<ActionSpec> notAction,
    Optional<ResourceSpec> resource,
    Optional<ResourceSpec> notResource,
    List<Condition> conditions,
    SourceLocation location) {

  public Statement {
    Objects.requireNonNull(sid, "sid");
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(notPrincipal, "notPrincipal");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(notAction, "notAction");
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(notResource, "notResource");
    Objects.requireNonNull(location, "location");
    conditions = List.copyOf(conditions);
    if (index < 0) {
      throw new IllegalArgumentException("statement index must not be negative, got " + index);
    }
    requireAtMostOne(principal, notPrincipal, "Principal");
    requireAtMostOne(action, notAction, "Action");
    requireAtMostOne(resource, notResource, "Resource");
  }

  /** The statement's name in reasons: its {@code Sid}, or {@code Statement[i]} when it has none. */
  public String label() {
    return sid.orElseGet(() -> "Statement[" + index + "]");
  }

  private static void requireAtMostOne(Optional<?> plain, Optional<?> negated, String element) {
    if (plain.isPresent() && negated.isPresent()) {
      throw new IllegalArgumentException(
          "a statement has either " + element + " or Not" + element + ", not both");
    }
  }
}
