package io.atrest.engine.table.error;

/** The table exists already, or its state forbids the operation. */
public final class ResourceInUseException extends DynamoDbException {
  private static final long serialVersionUID = 1L;

  public ResourceInUseException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "ResourceInUseException";
  }
}
