package io.atrest.engine.table.error;

/**
 * A failure the reference DynamoDB reports to its caller, named exactly as the real service names
 * it on the wire ({@link #errorCode()}), with the real service's message where it is known.
 */
public abstract class DynamoDbException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected DynamoDbException(String message) {
    super(message);
  }

  /** The AWS error code, e.g. {@code ValidationException}. */
  public abstract String errorCode();

  /** HTTP status the real service answers with; all client errors here are 400. */
  public int httpStatus() {
    return 400;
  }
}
