package io.atrest.engine.table.error;

/** A {@code ConditionExpression} evaluated to false. */
public final class ConditionalCheckFailedException extends DynamoDbException {
  private static final long serialVersionUID = 1L;

  public ConditionalCheckFailedException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "ConditionalCheckFailedException";
  }
}
