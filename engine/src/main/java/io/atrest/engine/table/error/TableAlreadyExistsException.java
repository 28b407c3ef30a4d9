package io.atrest.engine.table.error;

/** A restore targets a table name that is already taken. */
public final class TableAlreadyExistsException extends DynamoDbException {
  private static final long serialVersionUID = 1L;

  public TableAlreadyExistsException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "TableAlreadyExistsException";
  }
}
