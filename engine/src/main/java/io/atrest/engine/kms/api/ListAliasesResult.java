package io.atrest.engine.kms.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of the aliases of ListAliases. {@code nextMarker} is present exactly when the list is
 * truncated: pass it as the next request's marker for the rest.
 */
public record ListAliasesResult(List<AliasListEntry> aliases, Optional<String> nextMarker) {

  public ListAliasesResult {
    aliases = List.copyOf(aliases);
    Objects.requireNonNull(nextMarker, "nextMarker");
  }

  /** A complete (untruncated) list. */
  public ListAliasesResult(List<AliasListEntry> aliases) {
    this(aliases, Optional.empty());
  }

  /** Whether more items follow ({@code Truncated}). */
  public boolean truncated() {
    return nextMarker.isPresent();
  }
}
