package io.atrest.engine.table.error;

/** DynamoDB could not use the table's KMS key on the caller's behalf (the key refused it). */
public final class AccessDeniedException extends DynamoDbException {
  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "AccessDeniedException";
  }
}
