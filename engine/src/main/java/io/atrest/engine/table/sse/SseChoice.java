package io.atrest.engine.table.sse;

import java.util.Optional;

/**
 * The three kinds of key that can protect a table: the AWS owned key (no KMS call in the customer's
 * account), the AWS managed key {@code aws/dynamodb}, or a customer managed key named by id, ARN,
 * alias name or alias ARN.
 */
public record SseChoice(Kind kind, Optional<String> keyId) {
  public static final SseChoice AWS_OWNED = new SseChoice(Kind.AWS_OWNED, Optional.empty());
  public static final SseChoice AWS_MANAGED = new SseChoice(Kind.AWS_MANAGED, Optional.empty());

  /** The key kinds; only the last two live in the customer's account. */
  public enum Kind {
    AWS_OWNED,
    AWS_MANAGED,
    CUSTOMER_MANAGED
  }

  public SseChoice {
    java.util.Objects.requireNonNull(kind, "kind");
    if ((kind == Kind.CUSTOMER_MANAGED) != keyId.isPresent()) {
      throw new IllegalArgumentException("a key id is given exactly for CUSTOMER_MANAGED");
    }
  }

  public static SseChoice customerManaged(String keyId) {
    return new SseChoice(Kind.CUSTOMER_MANAGED, Optional.of(keyId));
  }
}
