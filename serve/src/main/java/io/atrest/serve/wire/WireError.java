package io.atrest.serve.wire;

import java.util.Objects;
import java.util.Optional;

/**
 * A refusal as it goes on the wire: the unqualified AWS error code (such as {@code
 * NotFoundException}), the message AWS sends (absent where AWS sends none), and the HTTP status.
 * {@link Protocol} decides how the code is qualified in {@code __type} for each service.
 */
public final class WireError extends RuntimeException {

  private final String code;
  private final int status;
  private final boolean hasMessage;

  private WireError(String code, String message, int status, boolean hasMessage) {
    super(message, null, false, false);
    this.code = Objects.requireNonNull(code, "code");
    this.status = status;
    this.hasMessage = hasMessage;
  }

  /** An HTTP 400 error with a message. */
  public static WireError of(String code, String message) {
    return new WireError(code, Objects.requireNonNull(message, "message"), 400, true);
  }

  /** An HTTP 400 error whose body carries only {@code __type}, as AWS sends for some errors. */
  public static WireError withoutMessage(String code) {
    return new WireError(code, "", 400, false);
  }

  /** An error with another HTTP status. */
  public static WireError withStatus(String code, String message, int status) {
    return new WireError(code, Objects.requireNonNull(message, "message"), status, true);
  }

  public static WireError serialization(String message) {
    return of("SerializationException", message);
  }

  /** A missing required member, in the wording of AWS's request validation. */
  public static WireError missing(String member) {
    return validation(
        "Value null at '" + member + "' failed to satisfy constraint: Member must not be null");
  }

  /** One failed constraint, in the wording of AWS's request validation. */
  public static WireError validation(String detail) {
    return of("ValidationException", "1 validation error detected: " + detail);
  }

  public String code() {
    return code;
  }

  public int status() {
    return status;
  }

  public Optional<String> message() {
    return hasMessage ? Optional.of(getMessage()) : Optional.empty();
  }

  @Override
  public String toString() {
    return code + ": " + getMessage();
  }
}
