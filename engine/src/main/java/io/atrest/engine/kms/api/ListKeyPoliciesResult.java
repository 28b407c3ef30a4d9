package io.atrest.engine.kms.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of the policy names of a key (there is only {@code default}). {@code nextMarker} is
 * present exactly when the list is truncated: pass it as the next request's marker for the rest.
 */
public record ListKeyPoliciesResult(List<String> policyNames, Optional<String> nextMarker) {

  public ListKeyPoliciesResult {
    policyNames = List.copyOf(policyNames);
    Objects.requireNonNull(nextMarker, "nextMarker");
  }

  /** A complete (untruncated) list. */
  public ListKeyPoliciesResult(List<String> policyNames) {
    this(policyNames, Optional.empty());
  }

  /** Whether more items follow ({@code Truncated}). */
  public boolean truncated() {
    return nextMarker.isPresent();
  }
}
