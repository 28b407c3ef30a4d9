package io.atrest.engine.kms.api;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One entry of ListAliases. */
public record AliasListEntry(
    String aliasName,
    String aliasArn,
    Optional<String> targetKeyId,
    Optional<Instant> creationDate,
    Optional<Instant> lastUpdatedDate) {

  public AliasListEntry {
    Objects.requireNonNull(aliasName, "aliasName");
    Objects.requireNonNull(aliasArn, "aliasArn");
    Objects.requireNonNull(targetKeyId, "targetKeyId");
    Objects.requireNonNull(creationDate, "creationDate");
    Objects.requireNonNull(lastUpdatedDate, "lastUpdatedDate");
  }
}
