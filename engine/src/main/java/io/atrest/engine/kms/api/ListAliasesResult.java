package io.atrest.engine.kms.api;

import java.util.List;

/** The aliases of ListAliases. */
public record ListAliasesResult(List<AliasListEntry> aliases) {

  public ListAliasesResult {
    aliases = List.copyOf(aliases);
  }
}
