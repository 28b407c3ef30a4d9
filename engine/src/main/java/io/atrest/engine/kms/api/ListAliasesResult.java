package io.atrest.engine.kms.api;

import java.util.List;
import java.util.Objects;

/**
 * The aliases of ListAliases.
 */
public record ListAliasesResult(
    List<AliasListEntry> aliases) {

  public ListAliasesResult {
    aliases = List.copyOf(aliases);
  }
}
