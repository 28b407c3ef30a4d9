package io.atrest.engine.table.error;

/** The table or index named in a request does not exist (or is not yet ACTIVE). */
public final class ResourceNotFoundException extends DynamoDbException {
  private static final long serialVersionUID = 1L;

  public ResourceNotFoundException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "ResourceNotFoundException";
  }
}
