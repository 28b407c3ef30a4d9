package io.atrest.engine.table.error;

/** A backup or restore conflicts with the table's current state. */
public final class TableInUseException extends DynamoDbException {
  private static final long serialVersionUID = 1L;

  public TableInUseException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "TableInUseException";
  }
}
