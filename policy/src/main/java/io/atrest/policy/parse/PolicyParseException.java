package io.atrest.policy.parse;

import io.atrest.policy.SourceLocation;
import java.util.Objects;

/** A policy that cannot be read into the model, with the location of the offending element. */
public final class PolicyParseException extends Exception {

  private final String message;
  private final SourceLocation location;

  public PolicyParseException(String message, SourceLocation location) {
    super(message);
    this.message = Objects.requireNonNull(message, "message");
    this.location = Objects.requireNonNull(location, "location");
  }

  /** What is wrong, never null. */
  @Override
  public String getMessage() {
    return message;
  }

  public SourceLocation location() {
    return location;
  }

  @Override
  public String toString() {
    return getMessage() + " at " + location;
  }
}
