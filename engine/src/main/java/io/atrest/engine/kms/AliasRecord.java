package io.atrest.engine.kms;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** An alias as stored: its name ({@code alias/...}), where it lives, and the key it points to. */
public record AliasRecord(
    String aliasName,
    String accountId,
    String region,
    String targetKeyId,
    Instant creationDate,
    Instant lastUpdatedDate)
    implements Serializable {

  public AliasRecord {
    Objects.requireNonNull(aliasName, "aliasName");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(targetKeyId, "targetKeyId");
    Objects.requireNonNull(creationDate, "creationDate");
    Objects.requireNonNull(lastUpdatedDate, "lastUpdatedDate");
  }

  /** {@code arn:aws:kms:REGION:ACCOUNT:alias/NAME}. */
  public String arn() {
    return arn(region, accountId, aliasName);
  }

  public static String arn(String region, String accountId, String aliasName) {
    return "arn:aws:kms:" + region + ":" + accountId + ":" + aliasName;
  }
}
