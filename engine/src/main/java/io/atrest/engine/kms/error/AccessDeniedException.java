package io.atrest.engine.kms.error;

import io.atrest.policy.Decision;
import java.util.Objects;

/**
 * The caller is not authorized. It carries the {@link Decision} with its reasons (the statements
 * and grants that were considered), so that a failed compliance check can show why. CloudTrail
 * records it as {@code AccessDenied}, not with the API's name.
 */
public final class AccessDeniedException extends KmsException {

  private final transient Decision decision;

  public AccessDeniedException(String message, Decision decision) {
    super(message);
    this.decision = Objects.requireNonNull(decision, "decision");
  }

  public Decision decision() {
    return decision;
  }

  @Override
  public String errorCode() {
    return "AccessDeniedException";
  }

  @Override
  public String trailErrorCode() {
    return "AccessDenied";
  }
}
