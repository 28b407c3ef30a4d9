package io.atrest.engine.kms.api;

import java.util.List;

/** The grants of ListGrants or ListRetirableGrants. */
public record ListGrantsResult(List<GrantListEntry> grants) {

  public ListGrantsResult {
    grants = List.copyOf(grants);
  }
}
