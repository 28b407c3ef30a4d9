package io.atrest.engine.identity;

/**
 * A reference compared by identity, as a cache key part: {@link IamRegistry} replaces a principal's
 * identity-policy list whenever a policy is attached, replaced or detached, so the same list object
 * means the same policies, and comparing it costs one reference check.
 */
public record Identical(Object value) {
  @Override
  public boolean equals(Object o) {
    return o instanceof Identical other && other.value == value;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(value);
  }
}
