package io.atrest.features.world;

import io.atrest.engine.kms.error.AccessDeniedException;
import io.atrest.engine.kms.error.KmsException;
import io.atrest.engine.trail.TrailEvent;
import io.atrest.policy.Decision;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one KMS call did: who called which operation on which key, its result or the KMS error, the
 * authorization decision (from the error, or from the call's trail record), and the trail records
 * it wrote.
 *
 * @param operation the API operation, such as {@code Decrypt}
 * @param principalArn the caller
 * @param via the service that called on the principal's behalf, empty for direct calls
 * @param keyArn the key, empty for calls that name none
 * @param value the result record on success
 * @param error the refusal on failure
 * @param decision the authorization decision, when the call got that far
 * @param events the trail records the call wrote
 */
public record CallResult(
    String operation,
    String principalArn,
    Optional<String> via,
    Optional<String> keyArn,
    Optional<Object> value,
    Optional<KmsException> error,
    Optional<Decision> decision,
    List<TrailEvent> events) {

  public CallResult {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(principalArn, "principalArn");
    Objects.requireNonNull(via, "via");
    Objects.requireNonNull(keyArn, "keyArn");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(decision, "decision");
    events = List.copyOf(events);
    if (value.isPresent() == error.isPresent()) {
      throw new IllegalArgumentException(
          "a call has either a value or an error, not both or neither");
    }
  }

  public boolean succeeded() {
    return error.isEmpty();
  }

  public boolean denied() {
    return error.filter(AccessDeniedException.class::isInstance).isPresent();
  }

  /** The AWS error code of the failure, empty on success. */
  public Optional<String> errorCode() {
    return error.map(KmsException::errorCode);
  }

  /** The result as {@code type}; fails when the call failed or returned something else. */
  public <T> T value(Class<T> type) {
    Object v =
        value.orElseThrow(
            () -> new AssertionError(describe() + "\nexpected a result, but it failed"));
    return type.cast(v);
  }

  /**
   * This result, which a set-up step needs to be a success.
   *
   * @throws AssertionError saying what was called, how KMS refused and why
   */
  public CallResult orFail() {
    if (!succeeded()) {
      throw new AssertionError(
          "a set-up step needs this call to succeed, but it did not:\n" + describe());
    }
    return this;
  }

  /** A few lines saying what was called and what happened, with the decision's reasons. */
  public String describe() {
    StringBuilder text = new StringBuilder();
    text.append(operation).append(" by ").append(principalArn);
    via.ifPresent(v -> text.append(" through ").append(v));
    keyArn.ifPresent(k -> text.append(" on ").append(k));
    text.append("\nwhat happened: ")
        .append(
            error
                .map(e -> "failed with " + e.errorCode() + ": " + e.getMessage())
                .orElse("succeeded"));
    decision.ifPresent(d -> text.append("\nthe decision: ").append(d.explain()));
    return text.toString();
  }
}
