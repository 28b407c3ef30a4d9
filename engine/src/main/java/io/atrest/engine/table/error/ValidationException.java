package io.atrest.engine.table.error;

/** A request parameter is missing or not valid. */
public final class ValidationException extends DynamoDbException {
  private static final long serialVersionUID = 1L;

  public ValidationException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "ValidationException";
  }
}
