package io.atrest.engine.table.error;

import io.atrest.policy.Decision;
import java.util.Objects;
import java.util.Optional;

/**
 * The request is not authorized: IAM refused the DynamoDB action itself (then the exception carries
 * the {@link Decision} with its reasons), or DynamoDB could not use the table's KMS key on the
 * caller's behalf (the key refused it; the KMS decision is in the KMS record of the trail).
 */
public final class AccessDeniedException extends DynamoDbException {
  private static final long serialVersionUID = 1L;

  private final transient Decision decision;
  private final String action;
  private final String resource;

  /** A refusal by the table's KMS key, whose decision the KMS records. */
  public AccessDeniedException(String message) {
    super(message);
    this.decision = null;
    this.action = null;
    this.resource = null;
  }

  /**
   * A refusal by IAM of {@code action} (such as {@code dynamodb:GetItem}) on {@code resource}, with
   * the decision that refused it.
   */
  public AccessDeniedException(String message, Decision decision, String action, String resource) {
    super(message);
    this.decision = Objects.requireNonNull(decision, "decision");
    this.action = Objects.requireNonNull(action, "action");
    this.resource = Objects.requireNonNull(resource, "resource");
  }

  /** The IAM decision that refused the DynamoDB action; empty for a refusal by the KMS key. */
  public Optional<Decision> decision() {
    return Optional.ofNullable(decision);
  }

  /**
   * The IAM action refused, such as {@code dynamodb:GetItem}; empty for a refusal by the KMS key.
   */
  public Optional<String> action() {
    return Optional.ofNullable(action);
  }

  /**
   * The resource ARN (or {@code *}) IAM refused the action on; empty for a refusal by the KMS key.
   */
  public Optional<String> resource() {
    return Optional.ofNullable(resource);
  }

  @Override
  public String errorCode() {
    return "AccessDeniedException";
  }
}
